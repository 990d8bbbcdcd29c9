import Foundation

import ArgumentParser

/// `--config PATH` and `--no-config`: which `.swift-buildtools.json` applies.
public struct ConfigOptions: ParsableArguments, Sendable {
    @Option(name: .customLong("config"), help: ArgumentHelp("Read this configuration file instead of the nearest .swift-buildtools.json.", valueName: "path"))
    public var configPath: String?

    @Flag(help: "Ignore any .swift-buildtools.json.")
    public var noConfig = false

    public init() {}

    /// The tool's section of the configuration in effect (empty without one); a bad file is
    /// printed as `file:line:column: error: …` and ends the run with status 2.
    public func section(for tool: String) throws -> ConfigSection? {
        guard !noConfig, let path = configPath ?? Configuration.find() else { return nil }
        return try Self.read { try Configuration.load(path).section(tool) }
    }

    /// Runs a configuration read; its error becomes the usage error the tools document.
    public static func read<Value>(_ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as ConfigurationError {
            Console.error(error.description)
            throw ExitCode(ExitStatus.usageOrIOError)
        }
    }
}

import Foundation

import ArgumentParser

extension OutputFormat: ExpressibleByArgument {}

/// The inputs every tool takes: paths and `--exclude`.
public struct InputOptions: ParsableArguments, Sendable {
    @Argument(help: "Swift files or directories to process (default: the configuration's, else the current directory).")
    public var paths: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp("Skip paths matching this glob (repeatable).", valueName: "glob"))
    public var excludes: [String] = []

    public init() {}

    /// The files to process, or an I/O error already printed as exit status 2. Paths and
    /// excludes given on the command line replace the configuration's.
    public func swiftFiles(_ section: ConfigSection? = nil, pathsKey: String = "paths") throws -> [String] {
        let paths = try ConfigOptions.read { try self.paths.isEmpty ? section?.paths(pathsKey) ?? ["."] : self.paths }
        let excludes = try ConfigOptions.read { try self.excludes.isEmpty ? section?.strings("exclude") ?? [] : self.excludes }
        do throws(DiscoveryError) {
            return try FileDiscovery(excludes: excludes).swiftFiles(in: paths)
        } catch {
            Console.error("error: \(error.description)")
            throw ExitCode(ExitStatus.usageOrIOError)
        }
    }
}

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

/// How every tool reports: the format, the catalog, and whether warnings fail the run.
public struct ReportOptions: ParsableArguments, Sendable {
    @Option(help: "Output format: text, json, github or sarif.")
    public var format: OutputFormat = .text

    @Flag(help: "Print the tool's rules (id, default severity, summary) and exit.")
    public var listRules = false

    @Flag(help: "Warnings fail the run (exit 1) as errors do.")
    public var strict = false

    public init() {}

    /// `--list-rules`: prints the catalog and ends the run.
    public func listRulesIfAsked(_ tool: ToolDescription) throws {
        guard listRules else { return }
        Console.output(DiagnosticRenderer.rules(of: tool, as: format))
        throw ExitCode(ExitStatus.clean)
    }

    /// Prints the diagnostics in the chosen format, after the configuration's rule settings,
    /// and ends the run with their exit status.
    public func finish(_ diagnostics: [Diagnostic], tool: ToolDescription, rules: RuleSettings = RuleSettings()) throws {
        let diagnostics = rules.apply(diagnostics)
        Console.output(DiagnosticRenderer.render(diagnostics, as: format, tool: tool))
        let status = ExitStatus.code(for: diagnostics, strict: strict)
        if status != ExitStatus.clean { throw ExitCode(status) }
    }
}

/// Options for the SQLite result cache.
public struct CacheOptions: ParsableArguments, Sendable {
    @Option(help: ArgumentHelp("Where to keep the result cache (default: the user's cache directory).", valueName: "path"))
    public var cachePath: String?

    @Flag(help: "Do not read or write the result cache.")
    public var noCache = false

    public init() {}

    /// The cache, or nil when disabled or unusable (a warning has been printed then).
    public func openCache(_ section: ConfigSection? = nil) throws -> ResultCache? {
        let configured = try ConfigOptions.read { try section?.path("cachePath") }
        guard !noCache, let path = cachePath ?? configured ?? CacheLocation.defaultPath() else { return nil }
        return ResultCache(path: path) { Console.error("warning: \($0)") }
    }
}

/// Unbuffered writes to the standard streams.
public enum Console {
    public static func output(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Everything up to end of file. Foundation's `readDataToEndOfFile` traps when a signal
    /// interrupts its read (EINTR, seen under load); this read is retried instead.
    public static func readAll(_ descriptor: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return data
            }
        }
    }
}

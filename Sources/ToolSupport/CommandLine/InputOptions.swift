import Foundation

import ArgumentParser

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
        let configured = try ConfigOptions.read { try self.excludes.isEmpty ? section?.strings("exclude") : nil }
        // The configuration's globs, like its paths, are relative to the file's directory.
        let discovery = configured.map { FileDiscovery(excludes: $0, base: section?.directory) } ?? FileDiscovery(excludes: self.excludes)
        do throws(DiscoveryError) {
            return try discovery.swiftFiles(in: paths)
        } catch {
            Console.error("error: \(error.description)")
            throw ExitCode(ExitStatus.usageOrIOError)
        }
    }
}

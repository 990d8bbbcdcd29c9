import Foundation

import ArgumentParser

extension OutputFormat: ExpressibleByArgument {}

/// Options every file-processing tool takes: the paths, `--exclude` and `--format`.
public struct InputOptions: ParsableArguments, Sendable {
    @Argument(help: "Swift files or directories to process (default: the current directory).")
    public var paths: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp("Skip paths matching this glob (repeatable).", valueName: "glob"))
    public var excludes: [String] = []

    @Option(help: "Output format: text, json, github or sarif.")
    public var format: OutputFormat = .text

    public init() {}

    /// The files to process, or an I/O error already printed as exit status 2.
    public func swiftFiles() throws -> [String] {
        do {
            return try FileDiscovery(excludes: excludes).swiftFiles(in: paths.isEmpty ? ["."] : paths)
        } catch {
            Console.error("error: \(error.description)")
            throw ExitCode(ExitStatus.usageOrIOError)
        }
    }
}

/// Options for the SQLite result cache.
public struct CacheOptions: ParsableArguments, Sendable {
    @Option(help: ArgumentHelp("Where to keep the result cache.", valueName: "path"))
    public var cachePath: String = ResultCache.defaultPath

    @Flag(help: "Do not read or write the result cache.")
    public var noCache = false

    public init() {}

    /// The cache, or nil when disabled or unusable (a warning has been printed then).
    public func openCache() -> ResultCache? {
        noCache ? nil : ResultCache(path: cachePath) { Console.error("warning: \($0)") }
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
}

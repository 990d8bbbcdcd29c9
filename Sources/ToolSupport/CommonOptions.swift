import Foundation

import ArgumentParser

extension OutputFormat: ExpressibleByArgument {}

/// The inputs every tool takes: paths and `--exclude`.
public struct InputOptions: ParsableArguments, Sendable {
    @Argument(help: "Swift files or directories to process (default: the current directory).")
    public var paths: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp("Skip paths matching this glob (repeatable).", valueName: "glob"))
    public var excludes: [String] = []

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

    /// Prints the diagnostics in the chosen format and ends the run with their exit status.
    public func finish(_ diagnostics: [Diagnostic], tool: ToolDescription) throws {
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
    public func openCache() -> ResultCache? {
        guard !noCache, let path = cachePath ?? CacheLocation.defaultPath() else { return nil }
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
}

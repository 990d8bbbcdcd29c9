import Foundation

import ArgumentParser

import ImportSortKit
import ToolSupport

struct ImportSortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "importsort",
        abstract: "Group and sort Swift imports: system, third-party, then the package's own modules.",
        discussion: """
            Rewrites files in place (temporary file and rename); files that do not parse are left
            untouched and reported. `-` reads standard input and writes standard output.
            Exit status: 0 clean, 1 files need changes or do not parse, 2 usage or I/O error.
            """,
        version: ImportSortRunner.version)

    @OptionGroup var input: InputOptions

    @Flag(help: "Write nothing; list the files that would change and exit 1 if any.")
    var check = false

    @Flag(help: "With --check (or -), print a unified diff of the changes.")
    var diff = false

    @Option(name: .customLong("local"), help: ArgumentHelp("Treat this module as the package's own (repeatable).", valueName: "name"))
    var localModules: [String] = []

    @Option(name: .customLong("system"), help: ArgumentHelp("Treat this module as a system module (repeatable).", valueName: "name"))
    var systemModules: [String] = []

    @OptionGroup var cacheOptions: CacheOptions

    func run() throws {
        let runner = ImportSortRunner(options: ImportSortOptions(
            extraLocalModules: Set(localModules), extraSystemModules: Set(systemModules)))
        if input.paths == ["-"] { try runOnStandardInput(runner) }
        let files = try input.swiftFiles()
        let tool = ToolIdentity(name: "importsort", version: ImportSortRunner.version)
        if check {
            let diagnostics = runner.check(files: files, cache: cacheOptions.openCache()).diagnostics
            Console.output(DiagnosticRenderer.render(diagnostics, as: input.format, tool: tool))
            if diff { printDiffs(runner, for: diagnostics) }
            try exit(for: diagnostics)
        }
        let (rewritten, problems) = runner.rewrite(files: files)
        for path in rewritten { Console.error("sorted imports in \(path)") }
        Console.output(DiagnosticRenderer.render(problems, as: input.format, tool: tool))
        try exit(for: problems)
    }

    private func printDiffs(_ runner: ImportSortRunner, for diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where diagnostic.rule == ImportSortRunner.rule {
            guard let data = FileManager.default.contents(atPath: diagnostic.file) else { continue }
            let source = String(decoding: data, as: UTF8.self)
            if case .changed(let formatted) = runner.format(source, path: diagnostic.file) {
                Console.output(UnifiedDiff.make(old: source, new: formatted, path: diagnostic.file))
            }
        }
    }

    private func runOnStandardInput(_ runner: ImportSortRunner) throws -> Never {
        let source = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let path = FileManager.default.currentDirectoryPath + "/<stdin>.swift"
        switch runner.format(source, path: path) {
        case .unchanged:
            if !check { Console.output(source) }
            Foundation.exit(ExitStatus.clean)
        case .parseError(var diagnostic):
            diagnostic.file = "<stdin>"
            Console.error(DiagnosticRenderer.text(diagnostic))
            if !check { Console.output(source) }
            Foundation.exit(ExitStatus.findings)
        case .changed(let formatted):
            if check {
                if diff { Console.output(UnifiedDiff.make(old: source, new: formatted, path: "<stdin>")) }
                Foundation.exit(ExitStatus.findings)
            }
            Console.output(formatted)
            Foundation.exit(ExitStatus.clean)
        }
    }

    private func exit(for diagnostics: [Diagnostic]) throws {
        if diagnostics.contains(where: { $0.rule == CachedFileProcessor.ioErrorRule }) { throw ExitCode(ExitStatus.usageOrIOError) }
        if !diagnostics.isEmpty { throw ExitCode(ExitStatus.findings) }
    }
}

ImportSortCommand.mainWithToolExitCodes()

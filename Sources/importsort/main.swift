import Foundation

import ArgumentParser

import ImportSortKit
import ToolSupport

struct ImportSortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "importsort",
        abstract: "Group and sort Swift imports: system, third-party, then the package's own modules.",
        discussion: """
            Rewrites files in place (temporary file and rename); files that do not parse or are not \
            UTF-8 are left untouched and reported. `-` reads standard input and writes standard output. \
            Exit status: 0 clean, 1 files need changes or do not parse, 2 usage or I/O error.
            """,
        version: BuildTools.version)

    @OptionGroup var input: InputOptions
    @OptionGroup var report: ReportOptions

    @Flag(help: "Write nothing; list the files that would change and exit 1 if any.")
    var check = false

    @Flag(help: "With --check (or -), print a unified diff of the changes.")
    var diff = false

    @Option(name: .customLong("local"), help: ArgumentHelp("Treat this module as the package's own (repeatable).", valueName: "name"))
    var localModules: [String] = []

    @Option(name: .customLong("system"), help: ArgumentHelp("Treat this module as a system module (repeatable).", valueName: "name"))
    var systemModules: [String] = []

    @OptionGroup var cacheOptions: CacheOptions
    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        try report.listRulesIfAsked(.importsort)
        let config = try configOptions.section(for: "importsort")
        let (configuredLocal, configuredSystem, rules) = try ConfigOptions.read {
            (try config?.strings("local"), try config?.strings("system"), try config?.ruleSettings(for: .importsort) ?? RuleSettings())
        }
        let runner = ImportSortRunner(options: ImportSortOptions(
            extraLocalModules: Set(localModules.isEmpty ? configuredLocal ?? [] : localModules),
            extraSystemModules: Set(systemModules.isEmpty ? configuredSystem ?? [] : systemModules)))
        if input.paths == ["-"] { try runOnStandardInput(runner) }
        let files = try input.swiftFiles(config)
        if check {
            let reports = runner.check(files: files, cache: try cacheOptions.openCache(config)).reports
            let diagnostics = report.displayed(rules.apply(reports.flatMap(\.diagnostics))).sorted()
            Console.output(DiagnosticRenderer.render(diagnostics, as: report.format, tool: .importsort, rulesURL: config?.rulesURL ?? BuildTools.documentationURI))
            if diff, diagnostics.contains(where: { $0.rule == Rule.importOrder.id }) {
                for fileReport in reports {
                    guard let old = fileReport.bytes, let new = fileReport.fixedBytes else { continue }
                    Console.output(UnifiedDiff.make(
                        old: String(decoding: old, as: UTF8.self), new: String(decoding: new, as: UTF8.self), path: fileReport.displayPath))
                }
            }
            let status = ExitStatus.code(for: diagnostics, strict: report.strict)
            if status != ExitStatus.clean { throw ExitCode(status) }
            return
        }
        let (rewritten, problems) = runner.rewrite(files: files, cache: try cacheOptions.openCache(config))
        for path in rewritten { Console.error("sorted imports in \(path)") }
        try report.finish(problems, tool: .importsort, rules: rules, rulesURL: config?.rulesURL)
    }

    /// `-`: standard input to standard output. Input that cannot be sorted safely (not UTF-8,
    /// does not parse) is echoed byte for byte and reported on standard error. Always ends the
    /// run, with the status `ExitCode` carries.
    private func runOnStandardInput(_ runner: ImportSortRunner) throws -> Never {
        let bytes = [UInt8](Console.readAll(FileHandle.standardInput.fileDescriptor))
        let path = FileManager.default.currentDirectoryPath + "/<stdin>.swift"
        func fail(_ diagnostic: Diagnostic) throws -> Never {
            Console.error(DiagnosticRenderer.text(diagnostic))
            if !check { FileHandle.standardOutput.write(Data(bytes)) }
            throw ExitCode(ExitStatus.findings)
        }
        let source: String
        switch SourceFile.decode(bytes, path: path, displayPath: "<stdin>") {
        case .failure(let diagnostic): try fail(diagnostic)
        case .success(let file): source = file.text
        }
        switch runner.format(source, path: path) {
        case .unchanged:
            if !check { Console.output(source) }
            throw ExitCode(ExitStatus.clean)
        case .parseError(var diagnostic):
            diagnostic.file = "<stdin>"
            try fail(diagnostic)
        case .changed(let formatted):
            if check {
                if diff { Console.output(UnifiedDiff.make(old: source, new: formatted, path: "<stdin>")) }
                throw ExitCode(ExitStatus.findings)
            }
            Console.output(formatted)
            throw ExitCode(ExitStatus.clean)
        }
    }
}

ImportSortCommand.mainWithToolExitCodes()

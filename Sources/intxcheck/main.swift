import ArgumentParser

import IntxCheckKit
import ToolSupport

struct IntxCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intxcheck",
        abstract: "Flag uses of the outer store inside transaction closures.",
        discussion: """
            Inside `store.inTx { tx in … }` every database call must go through `tx`. A call through
            the outer store escapes the transaction. Silence one finding with `// intxcheck:ignore reason`
            on its line or the line above. Exit status: 0 clean, 1 findings, 2 usage or I/O error.
            """,
        version: BuildTools.version)

    @OptionGroup var input: InputOptions
    @OptionGroup var report: ReportOptions

    @Option(
        name: .customLong("method"),
        help: ArgumentHelp("Transaction method name (repeatable; replaces the default inTx, InTx).", valueName: "name"))
    var methods: [String] = []

    @Flag(help: "Report intxcheck:ignore markers that silence nothing.")
    var reportUnusedIgnores = false

    @OptionGroup var cacheOptions: CacheOptions
    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        try report.listRulesIfAsked(.intxcheck)
        let config = try configOptions.section(for: "intxcheck")
        let files = try input.swiftFiles(config)
        let (configuredMethods, configuredUnused, rules) = try ConfigOptions.read {
            (try config?.strings("methods"), try config?.bool("reportUnusedIgnores"), try config?.ruleSettings(for: .intxcheck))
        }
        let options = IntxCheckOptions(
            methods: methods.isEmpty ? configuredMethods ?? IntxCheckOptions.defaultMethods : methods,
            reportUnusedIgnores: reportUnusedIgnores || configuredUnused == true)
        let result = IntxCheckRunner.run(files: files, options: options, cache: try cacheOptions.openCache(config))
        try report.finish(result.diagnostics, tool: .intxcheck, rules: rules ?? RuleSettings())
    }
}

IntxCheckCommand.mainWithToolExitCodes()

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
        version: IntxCheckRunner.version)

    @OptionGroup var input: InputOptions

    @Option(
        name: .customLong("method"),
        help: ArgumentHelp("Transaction method name (repeatable; replaces the default inTx, InTx).", valueName: "name"))
    var methods: [String] = []

    @Flag(help: "Report intxcheck:ignore markers that silence nothing.")
    var reportUnusedIgnores = false

    @OptionGroup var cacheOptions: CacheOptions

    func run() throws {
        let files = try input.swiftFiles()
        let options = IntxCheckOptions(
            methods: methods.isEmpty ? IntxCheckOptions.defaultMethods : methods, reportUnusedIgnores: reportUnusedIgnores)
        let diagnostics = IntxCheckRunner.run(files: files, options: options, cache: cacheOptions.openCache()).diagnostics
        Console.output(DiagnosticRenderer.render(diagnostics, as: input.format, tool: ToolIdentity(name: "intxcheck", version: IntxCheckRunner.version)))
        if diagnostics.contains(where: { $0.rule == CachedFileProcessor.ioErrorRule }) { throw ExitCode(ExitStatus.usageOrIOError) }
        if !diagnostics.isEmpty { throw ExitCode(ExitStatus.findings) }
    }
}

IntxCheckCommand.mainWithToolExitCodes()

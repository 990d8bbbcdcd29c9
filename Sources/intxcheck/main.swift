import Foundation

import ArgumentParser

import IndexStore
import IntxCheckKit
import ToolSupport

struct IntxCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intxcheck",
        abstract: "Flag uses of the outer store inside transaction closures.",
        discussion: """
            Inside `store.inTx { tx in … }` every database call must go through `tx`. A call through \
            the outer store escapes the transaction. Silence one finding with `// intxcheck:ignore reason` \
            on its line or the line above. Uses in closures that may run outside the transaction (Task, \
            DispatchQueue.async, completion handlers) are warnings. Settings come from the nearest \
            .swift-buildtools.json; flags win. Exit status: 0 clean (or warnings only), 1 findings, 2 usage or I/O error.
            """,
        version: BuildTools.version)

    @OptionGroup var input: InputOptions
    @OptionGroup var report: ReportOptions

    @Option(
        name: .customLong("profile"),
        help: ArgumentHelp(
            "Built-in knowledge of a database library (repeatable): \(LibraryProfile.builtIn.map(\.name).joined(separator: ", ")).",
            valueName: "name"))
    var profiles: [String] = []

    @Option(
        name: .customLong("method"),
        help: ArgumentHelp("Transaction method name (repeatable; added to the profiles, else replaces the default inTx, InTx).", valueName: "name"))
    var methods: [String] = []

    @Option(
        name: .customLong("allow"),
        help: ArgumentHelp("A member of the outer store that is safe inside a transaction (repeatable), e.g. logger.", valueName: "member"))
    var allowedMembers: [String] = []

    @Flag(help: "Report intxcheck:ignore markers that silence nothing.")
    var reportUnusedIgnores = false

    @Option(
        name: .customLong("index-store"),
        help: ArgumentHelp(
            "The compiler's index store (.build/debug/index/store after swift build): exact callees and receiver types where syntax has to guess.",
            valueName: "path"))
    var indexStore: String?

    @Option(
        name: .customLong("index-store-lib"),
        help: ArgumentHelp("The toolchain's libIndexStore (default: next to the swift on PATH).", valueName: "path"))
    var indexStoreLibrary: String?

    @OptionGroup var fixing: FixOptions
    @OptionGroup var cacheOptions: CacheOptions
    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        try report.listRulesIfAsked(.intxcheck)
        let config = try configOptions.section(for: "intxcheck")
        let files = try input.swiftFiles(config)
        let defined = try ConfigOptions.read { try config.map(LibraryProfile.definitions(in:)) ?? [] }
        let available = LibraryProfile.builtIn + defined
        let profileNames = available.map(\.name)
        for name in profiles where !profileNames.contains(name) {
            throw ValidationError("unknown profile '\(name)'; valid profiles: \(profileNames.joined(separator: ", "))")
        }
        let (configured, rules) = try ConfigOptions.read {
            (
                (profiles: try config?.strings("profiles", allowed: profileNames, what: "profile"), methods: try config?.strings("methods"),
                 allow: try config?.strings("allow"), unused: try config?.bool("reportUnusedIgnores")),
                try config?.ruleSettings(for: .intxcheck)
            )
        }
        // Flags replace the configuration's value for the same key; with neither profiles nor
        // methods, the default convention applies.
        var selected = (profiles.isEmpty ? configured.profiles ?? [] : profiles).compactMap { name in available.first { $0.name == name } }
        let plainMethods = methods.isEmpty ? configured.methods ?? [] : methods
        if selected.isEmpty && plainMethods.isEmpty { selected = [.conventional] }
        let extra = LibraryProfile(
            name: "flags", transactionMethods: plainMethods.map { .init($0) },
            safeMembers: allowedMembers.isEmpty ? configured.allow ?? [] : allowedMembers)
        let options = IntxCheckOptions(
            profile: .merged(selected + [extra], name: "in effect"), reportUnusedIgnores: reportUnusedIgnores || configured.unused == true)
        var runner = IntxCheckRunner(options: options)
        if let store = try indexStore ?? ConfigOptions.read({ try config?.path("indexStore") }) {
            do {
                runner.index = try IndexedProgram(storePath: store, libraryPath: indexStoreLibrary)
            } catch {
                throw ValidationError(error.description)
            }
            if let note = runner.index?.staleNote { FileHandle.standardError.write(Data((note + "\n").utf8)) }
        }
        let result = runner.check(files: files, cache: try cacheOptions.openCache(config))
        try report.finish(result, fixing: fixing, tool: .intxcheck, rules: rules ?? RuleSettings(), rulesURL: config?.rulesURL)
    }
}

IntxCheckCommand.mainWithToolExitCodes()

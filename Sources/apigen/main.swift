import Foundation

import ArgumentParser

import APIGenKit
import IndexStore
import ToolSupport

extension KeyStrategy: ExpressibleByArgument {}

struct APIGenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apigen",
        abstract: "Generate OpenAPI, Markdown API docs and SDK types from swag-style route annotations.",
        discussion: """
            Reads `@Summary`, `@Param`, `@Success`, `@Router …` annotations from doc comments and the \
            Codable types they name. With --check nothing is written; stale or missing outputs are \
            listed and the exit status is 1. --verify-routes compares the routes the code registers \
            with the annotations. Errors stop generation with nothing written. \
            Exit status: 0 up to date or written, 1 errors or stale output, 2 usage or I/O error.
            """,
        version: BuildTools.version)

    @OptionGroup var input: InputOptions
    @OptionGroup var report: ReportOptions

    @Flag(help: "Write nothing; exit 1 and name every stale or missing output.")
    var check = false

    @Flag(help: "Compare the routes the code registers (Vapor 4, Hummingbird 2) with the @Router annotations, both ways. Alone it writes nothing.")
    var verifyRoutes = false

    @Option(help: ArgumentHelp("Write the OpenAPI 3.1 JSON document here.", valueName: "file"))
    var openapi: String?

    @Option(help: ArgumentHelp("Write Markdown API reference pages into this directory.", valueName: "dir"))
    var docs: String?

    @Option(help: ArgumentHelp("Write TypeScript SDK types here.", valueName: "file"))
    var typescript: String?

    @Option(help: ArgumentHelp("Write a Swift client here.", valueName: "file"))
    var swift: String?

    @Option(help: "How property names become JSON keys: default or snake_case.")
    var keyStrategy: KeyStrategy?

    @OptionGroup var indexOptions: IndexStoreOptions
    @OptionGroup var configOptions: ConfigOptions
    @OptionGroup var cacheOptions: CacheOptions

    func run() throws {
        try report.listRulesIfAsked(.apigen)
        let config = try configOptions.section(for: "apigen")
        // Each output comes from its flag, else from the configuration.
        let rules = try ConfigOptions.read { try config?.ruleSettings(for: .apigen) ?? RuleSettings() }
        var options = try ConfigOptions.read {
            APIGenOptions(
                openAPIPath: try openapi ?? config?.path("openapi"), docsDirectory: try docs ?? config?.path("docs"),
                typeScriptPath: try typescript ?? config?.path("typescript"), swiftPath: try swift ?? config?.path("swift"),
                keyStrategy: try keyStrategy ?? config?.choice("keyStrategy", of: KeyStrategy.self) ?? .useDefaultKeys, rules: rules)
        }
        let verify = try verifyRoutes || ConfigOptions.read { try config?.bool("verifyRoutes") } == true
        if verify { options.routeIndex = try IndexedProgram.open(indexOptions, section: config) }
        guard !input.paths.isEmpty || config?.has("inputs") == true else {
            throw ValidationError("no inputs: name the Swift files or directories with the annotated routes, or set apigen.inputs")
        }
        let generates = options.openAPIPath != nil || options.docsDirectory != nil || options.typeScriptPath != nil || options.swiftPath != nil
        guard generates || verify else {
            throw ValidationError(
                "nothing to do: give at least one of --openapi, --docs, --typescript, --swift (or set them in the configuration), or --verify-routes")
        }
        let inputs: APIInputs
        switch APIGenerator.readInputs(try input.swiftFiles(config, pathsKey: "inputs"), cache: try cacheOptions.openCache(config), keepTrees: verify) {
        case .success(let read): inputs = read
        case .failure(let failure): return try report.finish(failure.diagnostics, tool: .apigen, rules: rules, rulesURL: config?.rulesURL)
        }
        // One spec for everything asked; alone, --verify-routes only verifies.
        switch APIGenerator.run(inputs: inputs, options: options, verifyRoutes: verify) {
        case .failure(let failure):
            try report.finish(failure.diagnostics, tool: .apigen, rules: rules, rulesURL: config?.rulesURL)
        case .success(let (outputs, findings)):
            if check {
                return try report.finish(
                    findings + APIGenerator.staleFiles(outputs, docsDirectory: options.docsDirectory), tool: .apigen, rules: rules, rulesURL: config?.rulesURL)
            }
            guard generates else { return try report.finish(findings, tool: .apigen, rules: rules, rulesURL: config?.rulesURL) }
            do {
                try APIGenerator.write(outputs, docsDirectory: options.docsDirectory)
            } catch {
                try report.finish([.atFileStart(.ioError, file: options.docsDirectory ?? outputs.keys.sorted().first ?? "", message: "cannot write output: \(error)")], tool: .apigen)
            }
            try report.finish(findings, tool: .apigen, rules: rules, rulesURL: config?.rulesURL)
        }
    }
}

APIGenCommand.mainWithToolExitCodes()

import Foundation

import ArgumentParser

import APIGenKit
import ToolSupport

extension KeyStrategy: ExpressibleByArgument {}

struct APIGenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apigen",
        abstract: "Generate OpenAPI, Markdown API docs and SDK types from swag-style route annotations.",
        discussion: """
            Reads `@Summary`, `@Param`, `@Success`, `@Router …` annotations from doc comments and the
            Codable types they name. With --check nothing is written; stale or missing outputs are
            listed and the exit status is 1. Errors stop generation with nothing written.
            Exit status: 0 up to date or written, 1 errors or stale output, 2 usage or I/O error.
            """,
        version: "0.1.0")

    @Argument(help: "Swift files or directories with the annotated routes and their types.")
    var inputs: [String]

    @Flag(help: "Write nothing; exit 1 and name every stale or missing output.")
    var check = false

    @Option(help: ArgumentHelp("Write the OpenAPI 3.1 JSON document here.", valueName: "file"))
    var openapi: String?

    @Option(help: ArgumentHelp("Write Markdown API reference pages into this directory.", valueName: "dir"))
    var docs: String?

    @Option(help: ArgumentHelp("Write TypeScript SDK types here.", valueName: "file"))
    var typescript: String?

    @Option(help: ArgumentHelp("Write a Swift client here.", valueName: "file"))
    var swift: String?

    @Option(help: "How property names become JSON keys: default or snake_case.")
    var keyStrategy: KeyStrategy = .useDefaultKeys

    @Option(name: .customLong("exclude"), help: ArgumentHelp("Skip input paths matching this glob (repeatable).", valueName: "glob"))
    var excludes: [String] = []

    @Option(help: "How errors are printed: text, json, github or sarif.")
    var format: OutputFormat = .text

    func validate() throws {
        if openapi == nil && docs == nil && typescript == nil && swift == nil {
            throw ValidationError("nothing to generate: give at least one of --openapi, --docs, --typescript, --swift")
        }
    }

    func run() throws {
        let files: [String]
        do {
            files = try FileDiscovery(excludes: excludes).swiftFiles(in: inputs)
        } catch {
            Console.error("error: \(error.description)")
            throw ExitCode(ExitStatus.usageOrIOError)
        }
        var sources: [(path: String, source: String)] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                Console.error("\(file):1:1: error: cannot read file")
                throw ExitCode(ExitStatus.usageOrIOError)
            }
            sources.append((DisplayPath.relative(file), String(decoding: data, as: UTF8.self)))
        }
        let options = APIGenOptions(openAPIPath: openapi, docsDirectory: docs, typeScriptPath: typescript, swiftPath: swift, keyStrategy: keyStrategy)
        let tool = ToolIdentity(name: "apigen", version: "0.1.0")
        switch APIGenerator.generate(files: sources, options: options) {
        case .failure(let failure):
            Console.output(DiagnosticRenderer.render(failure.diagnostics, as: format, tool: tool))
            throw ExitCode(ExitStatus.findings)
        case .success(let outputs):
            if check {
                let stale = APIGenerator.staleFiles(outputs, docsDirectory: docs)
                Console.output(DiagnosticRenderer.render(stale, as: format, tool: tool))
                if !stale.isEmpty { throw ExitCode(ExitStatus.findings) }
                return
            }
            do {
                try APIGenerator.write(outputs, docsDirectory: docs)
            } catch {
                Console.error("error: cannot write output: \(error)")
                throw ExitCode(ExitStatus.usageOrIOError)
            }
        }
    }
}

APIGenCommand.mainWithToolExitCodes()

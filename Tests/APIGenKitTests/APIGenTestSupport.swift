import Foundation

import APIGenKit
import TestSupport
import ToolSupport

enum APIGenFixtures {
    static let root = Fixtures.root
    static let testdata = Fixtures.testdata.appendingPathComponent("apigen")

    static func read(_ url: URL) throws -> String { try Fixtures.read(url) }

    static func names(in directory: String, suffix: String = "") -> [String] {
        Fixtures.names(in: "apigen/" + directory, suffix: suffix)
    }

    /// A `// apigen-flags: --key-strategy snake_case` first line.
    static func keyStrategy(in source: String) -> KeyStrategy {
        Fixtures.flags(in: source, tool: "apigen").contains("snake_case") ? .snakeCase : .useDefaultKeys
    }

    /// Runs a command; returns its exit status and combined output.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String) {
        let result = try ToolProcess.command(arguments, in: directory)
        return (result.status, result.stdout + result.stderr)
    }

    /// The example API's generated files, keyed by the paths `make gen` writes them to.
    static func generateExample(into directory: String = "docs/reference/api") throws -> [String: String] {
        let inputs = try FileDiscovery().swiftFiles(in: [testdata.appendingPathComponent("example").path])
        let files = try inputs.map { path in
            (path: "testdata/apigen/example/" + URL(fileURLWithPath: path).lastPathComponent, source: try read(URL(fileURLWithPath: path)))
        }
        let options = APIGenOptions(
            openAPIPath: "\(directory)/openapi.json", docsDirectory: directory, typeScriptPath: "\(directory)/sdk/api.ts",
            swiftPath: "\(directory)/sdk/APIClient.swift")
        switch APIGenerator.generate(files: files, options: options) {
        case .success(let outputs): return outputs
        case .failure(let failure):
            throw GenerationError(message: failure.diagnostics.map(DiagnosticRenderer.text).joined(separator: "\n"))
        }
    }

    struct GenerationError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

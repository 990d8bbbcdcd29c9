import Foundation

import APIGenKit
import ToolSupport

enum APIGenFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let testdata = root.appendingPathComponent("testdata/apigen")
    static var updateGolden: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    static func read(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    static func names(in directory: String, suffix: String = "") -> [String] {
        let url = testdata.appendingPathComponent(directory)
        return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
            .filter { suffix.isEmpty || $0.hasSuffix(suffix) }
            .map { suffix.isEmpty ? $0 : String($0.dropLast(suffix.count)) }
            .sorted()
    }

    /// A `// apigen-flags: --key-strategy snake_case` first line.
    static func keyStrategy(in source: String) -> KeyStrategy {
        guard let first = source.split(separator: "\n").first, first.hasPrefix("// apigen-flags:") else { return .useDefaultKeys }
        return first.contains("snake_case") ? .snakeCase : .useDefaultKeys
    }

    /// Runs a command; returns its exit status and combined output.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
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

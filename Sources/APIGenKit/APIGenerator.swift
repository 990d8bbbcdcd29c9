import Foundation

import ToolSupport

/// Which outputs to produce and where.
public struct APIGenOptions: Sendable {
    public var openAPIPath: String?
    public var docsDirectory: String?
    public var typeScriptPath: String?
    public var swiftPath: String?
    public var keyStrategy: KeyStrategy

    public init(
        openAPIPath: String? = nil, docsDirectory: String? = nil, typeScriptPath: String? = nil, swiftPath: String? = nil,
        keyStrategy: KeyStrategy = .useDefaultKeys
    ) {
        self.openAPIPath = openAPIPath
        self.docsDirectory = docsDirectory
        self.typeScriptPath = typeScriptPath
        self.swiftPath = swiftPath
        self.keyStrategy = keyStrategy
    }
}

/// Turns annotated Swift sources into the generated files, in memory; writing and checking are
/// separate so an error anywhere means nothing is written.
public enum APIGenerator {
    /// The generated files by path, or the errors that stopped generation.
    public static func generate(files: [(path: String, source: String)], options: APIGenOptions) -> Result<[String: String], GenerationFailure> {
        let spec: APISpec
        switch SpecBuilder(keyStrategy: options.keyStrategy).build(files: files) {
        case .success(let built): spec = built
        case .failure(let errors): return .failure(GenerationFailure(diagnostics: errors.diagnostics))
        }
        var outputs: [String: String] = [:]
        if let path = options.openAPIPath {
            do {
                outputs[path] = try OpenAPIWriter.encode(try OpenAPIWriter.document(for: spec))
            } catch {
                return .failure(GenerationFailure(diagnostics: [
                    Diagnostic(file: path, line: 1, column: 1, rule: "apigen", message: "cannot build the OpenAPI document: \(error)")
                ]))
            }
        }
        if let directory = options.docsDirectory {
            for (name, page) in MarkdownWriter.pages(for: spec) {
                outputs[(directory as NSString).appendingPathComponent(name)] = page
            }
        }
        if let path = options.typeScriptPath { outputs[path] = TypeScriptWriter.file(for: spec) }
        if let path = options.swiftPath { outputs[path] = SwiftClientWriter.file(for: spec) }
        return .success(outputs)
    }

    /// The outputs whose committed copy is missing or differs, as diagnostics.
    public static func staleFiles(_ outputs: [String: String]) -> [Diagnostic] {
        outputs.keys.sorted().compactMap { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                return Diagnostic(file: DisplayPath.relative(path), line: 1, column: 1, rule: "stale-output", message: "generated file is missing; run apigen (make gen)")
            }
            guard data != Data(outputs[path]!.utf8) else { return nil }
            return Diagnostic(file: DisplayPath.relative(path), line: 1, column: 1, rule: "stale-output", message: "generated file is stale; run apigen (make gen)")
        }
    }

    /// Writes every output (temporary file and rename), creating directories as needed.
    public static func write(_ outputs: [String: String]) throws {
        for path in outputs.keys.sorted() {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            try AtomicFile.write(Data(outputs[path]!.utf8), to: path)
        }
    }
}

public struct GenerationFailure: Error, Sendable {
    public let diagnostics: [Diagnostic]
}

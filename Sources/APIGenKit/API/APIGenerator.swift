import Foundation

import IndexStore
import ToolSupport

/// Which outputs to produce and where.
public struct APIGenOptions: Sendable {
    public var openAPIPath: String?
    public var docsDirectory: String?
    public var typeScriptPath: String?
    public var swiftPath: String?
    public var keyStrategy: KeyStrategy
    /// The configuration's rule severities: a finding set to `warning` or `off` no longer stops
    /// generation (`unknown-security-scheme` for a project coming from swag).
    public var rules: RuleSettings
    /// `--index-store`: `--verify-routes` binds calls as the compiler did where the index knows.
    public var routeIndex: IndexedProgram?

    public init(
        openAPIPath: String? = nil, docsDirectory: String? = nil, typeScriptPath: String? = nil, swiftPath: String? = nil,
        keyStrategy: KeyStrategy = .useDefaultKeys, rules: RuleSettings = RuleSettings(), routeIndex: IndexedProgram? = nil
    ) {
        self.routeIndex = routeIndex
        self.openAPIPath = openAPIPath
        self.docsDirectory = docsDirectory
        self.typeScriptPath = typeScriptPath
        self.swiftPath = swiftPath
        self.keyStrategy = keyStrategy
        self.rules = rules
    }
}

/// Turns annotated Swift sources into the generated files, in memory; writing and checking are
/// separate so an error anywhere means nothing is written.
public enum APIGenerator {
    /// Reads every input through the shared driver (facts cached by content when `cache` is
    /// given). A file that cannot be read or decoded fails the whole read: generating from some
    /// of the inputs would write a wrong document. A parse error is reported with the spec's
    /// other errors.
    public static func readInputs(_ paths: [String], cache: ResultCache? = nil, keepTrees: Bool = false) -> Result<APIInputs, GenerationFailure> {
        let inputs = APIInputs.read(paths, cache: cache, keepTrees: keepTrees)
        let unreadable = inputs.problems.filter { $0.rule != Rule.parseError.id }
        return unreadable.isEmpty ? .success(inputs) : .failure(GenerationFailure(diagnostics: unreadable))
    }

    /// The generated files by path, or the errors that stopped generation.
    public static func generate(files: [(path: String, source: String)], options: APIGenOptions) -> Result<[String: String], GenerationFailure> {
        generateReporting(files: files, options: options).map(\.outputs)
    }

    /// The generated files and the findings the configuration made warnings, or the errors that
    /// stopped generation.
    public static func generateReporting(
        files: [(path: String, source: String)], options: APIGenOptions
    ) -> Result<(outputs: [String: String], warnings: [Diagnostic]), GenerationFailure> {
        run(inputs: APIInputs(sources: files), options: options, verifyRoutes: false).map { ($0.outputs, $0.findings) }
    }

    /// `--verify-routes` alone: the registered routes against the `@Router` annotations, after
    /// the spec's warnings. The annotations must build a spec first; their errors are the failure.
    public static func verifyRoutes(
        files: [(path: String, source: String)], keyStrategy: KeyStrategy = .useDefaultKeys, rules: RuleSettings = RuleSettings()
    ) -> Result<[Diagnostic], GenerationFailure> {
        run(inputs: APIInputs(sources: files), options: APIGenOptions(keyStrategy: keyStrategy, rules: rules), verifyRoutes: true).map(\.findings)
    }

    /// Everything a run asks for from one build of the spec: the configured outputs (none when
    /// none is configured), then the findings: the spec's warnings and, with `verifyRoutes`, the
    /// route checks.
    public static func run(
        inputs: APIInputs, options: APIGenOptions, verifyRoutes: Bool
    ) -> Result<(outputs: [String: String], findings: [Diagnostic]), GenerationFailure> {
        let spec: APISpec
        switch SpecBuilder(keyStrategy: options.keyStrategy, rules: options.rules).build(inputs: inputs) {
        case .success(let built): spec = built
        case .failure(let errors): return .failure(GenerationFailure(diagnostics: errors.diagnostics))
        }
        var outputs: [String: String] = [:]
        if let path = options.openAPIPath {
            do {
                outputs[path] = try OpenAPIWriter.encode(try OpenAPIWriter.document(for: spec))
            } catch {
                return .failure(GenerationFailure(diagnostics: [
                    .atFileStart(.openAPIDocument, file: path, message: "cannot build the OpenAPI document: \(error)")
                ]))
            }
        }
        if let directory = options.docsDirectory {
            for (name, page) in MarkdownWriter.pages(for: spec) {
                outputs[(directory as NSString).appendingPathComponent(name)] = page
            }
        }
        if let path = options.typeScriptPath { outputs[path] = TypeScriptWriter.file(for: spec) }
        var renames: [Diagnostic] = []
        if let path = options.swiftPath {
            let client = SwiftClientWriter.client(for: spec)
            outputs[path] = client.file
            renames = client.renames
        }
        return .success((outputs, spec.warnings + renames + (verifyRoutes ? RouteVerifier.findings(spec: spec, inputs: inputs, index: options.routeIndex) : [])))
    }

    /// The outputs whose committed copy is missing or differs, and generated pages in the docs
    /// directory that would no longer be generated (a renamed tag), as diagnostics.
    public static func staleFiles(_ outputs: [String: String], docsDirectory: String? = nil) -> [Diagnostic] {
        var stale: [Diagnostic] = outputs.keys.sorted().compactMap { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                return .atFileStart(.staleOutput, file: DisplayPath.relative(path), message: "generated file is missing; run apigen (make gen)")
            }
            guard data != Data(outputs[path]!.utf8) else { return nil }
            return .atFileStart(.staleOutput, file: DisplayPath.relative(path), message: "generated file is stale; run apigen (make gen)")
        }
        for orphan in orphanedPages(outputs, docsDirectory: docsDirectory) {
            stale.append(.atFileStart(
                .staleOutput, file: DisplayPath.relative(orphan),
                message: "generated page is no longer generated; run apigen (make gen) to remove it"))
        }
        return stale.sorted()
    }

    /// Writes every output (temporary file and rename), creating directories as needed, and
    /// removes generated pages of the docs directory that are no longer generated.
    public static func write(_ outputs: [String: String], docsDirectory: String? = nil) throws {
        for path in outputs.keys.sorted() {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            try AtomicFile.write(Data(outputs[path]!.utf8), to: path)
        }
        for orphan in orphanedPages(outputs, docsDirectory: docsDirectory) {
            try FileManager.default.removeItem(atPath: orphan)
        }
    }

    /// Markdown files in the docs directory that carry apigen's marker but are not among the
    /// outputs. Files without the marker are the user's and are never touched.
    static func orphanedPages(_ outputs: [String: String], docsDirectory: String?) -> [String] {
        guard let docsDirectory, let names = try? FileManager.default.contentsOfDirectory(atPath: docsDirectory) else { return [] }
        let generated = Set(outputs.keys.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        return names.sorted().compactMap { name in
            guard name.hasSuffix(".md") else { return nil }
            let path = (docsDirectory as NSString).appendingPathComponent(name)
            guard !generated.contains(URL(fileURLWithPath: path).standardizedFileURL.path),
                let handle = FileHandle(forReadingAtPath: path)
            else { return nil }
            defer { try? handle.close() }
            let head = String(decoding: handle.readData(ofLength: 200), as: UTF8.self)
            return head.hasPrefix("<!-- \(GeneratedFile.marker)") ? path : nil
        }
    }
}

public struct GenerationFailure: Error, Sendable {
    public let diagnostics: [Diagnostic]
}

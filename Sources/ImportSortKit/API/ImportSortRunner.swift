import Foundation

import ToolSupport

/// What importsort is asked to do, beyond the paths.
public struct ImportSortOptions: Sendable, Hashable {
    public var extraLocalModules: Set<String>
    public var extraSystemModules: Set<String>

    public init(extraLocalModules: Set<String> = [], extraSystemModules: Set<String> = []) {
        self.extraLocalModules = extraLocalModules
        self.extraSystemModules = extraSystemModules
    }

    var cacheDescription: String {
        "local=\(extraLocalModules.sorted().joined(separator: ","));system=\(extraSystemModules.sorted().joined(separator: ","))"
    }
}

/// Runs importsort over files. A file that needs sorting gets one `import-order` finding whose
/// fix holds the edits; `--check`, `--diff` and the in-place rewrite all come from it.
public struct ImportSortRunner: Sendable {
    let options: ImportSortOptions
    let manifests = ManifestCache()
    /// Its name and version are part of every cache key.
    public var tool = ToolDescription.importsort

    public init(options: ImportSortOptions) {
        self.options = options
    }

    /// The classifier for a file: the nearest manifest's targets plus `--local`, and `--system`.
    public func classifier(forFile path: String) -> ModuleClassifier {
        ModuleClassifier(
            localModules: manifests.localModules(forFile: path).union(options.extraLocalModules),
            extraSystemModules: options.extraSystemModules)
    }

    public func format(_ source: String, path: String) -> ImportSortOutcome {
        ImportSorter.format(source, file: path, classifier: classifier(forFile: path))
    }

    /// One finding per file that would change, at its first changed line, carrying the edits;
    /// one per file that does not parse or cannot be read. Results are cached like intxcheck's.
    public func check(files: [String], cache: ResultCache?) -> PipelineResult {
        ModuleDriver(analyzer: ImportSortAnalyzer(runner: self)).run(files: files, cache: cache)
    }

    /// In place: applies each file's fix (temporary file and rename) and returns the rewritten
    /// paths and the problems (parse, encoding and I/O errors). A file with any problem is untouched.
    public func rewrite(files: [String], cache: ResultCache?) -> (rewritten: [String], problems: [Diagnostic]) {
        let reports = check(files: files, cache: cache).reports
        let outcomes: [(String?, [Diagnostic])] = parallelMap(reports) { report in
            let problems = report.diagnostics.filter { $0.rule != Rule.importOrder.id }
            guard problems.isEmpty, let fixed = report.fixedBytes else { return (nil, problems) }
            do {
                try AtomicFile.write(Data(fixed), to: report.path)
                return (report.displayPath, [])
            } catch {
                return (nil, [.atFileStart(.ioError, file: report.displayPath, message: "cannot write file: \(error)")])
            }
        }
        return (outcomes.compactMap(\.0), outcomes.flatMap(\.1).sorted())
    }

    static func firstDifferingLine(_ old: [UInt8], _ new: [UInt8]) -> Int {
        var line = 1
        for (a, b) in zip(old, new) {
            if a != b { return line }
            if a == UInt8(ascii: "\n") { line += 1 }
        }
        return line
    }
}

/// What importsort supplies to the driver: a per-file check whose result also depends on the
/// nearest manifest's targets (which modules are the package's own).
struct ImportSortAnalyzer: FileAnalyzer {
    let runner: ImportSortRunner

    var tool: ToolDescription { runner.tool }
    var optionsDescription: String { runner.options.cacheDescription }

    func resultKeyContext(forFile path: String) -> String {
        ";targets=" + runner.classifier(forFile: path).localModules.sorted().joined(separator: ",")
    }

    func check(_ context: FileContext, module: Void?) -> [Diagnostic] {
        let bytes = context.file.bytes
        let edits = ImportSorter.edits(in: context.tree, bytes: bytes, classifier: runner.classifier(forFile: context.file.path))
        guard !edits.isEmpty else { return [] }
        let line = ImportSortRunner.firstDifferingLine(bytes, TextEdit.apply(edits, to: bytes))
        return [Diagnostic(
            rule: .importOrder, file: context.displayPath, line: line, column: 1,
            message: "imports are not grouped and sorted (run importsort to fix)", fix: edits)]
    }
}

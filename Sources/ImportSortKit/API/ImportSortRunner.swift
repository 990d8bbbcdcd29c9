import Foundation

import ToolSupport

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
    public func check(files: [String], cache: ResultCache?) -> CheckResult {
        ModuleDriver(analyzer: ImportSortAnalyzer(runner: self)).run(files: files, cache: cache)
    }

    /// In place: writes each file's fix through ``FixWriter`` (temporary file and rename, only
    /// while the file still holds the bytes that were sorted) and returns the rewritten paths and
    /// the problems (parse, encoding and I/O errors). A file with any problem is untouched.
    public func rewrite(files: [String], cache: ResultCache?) -> (rewritten: [String], problems: [Diagnostic]) {
        let reports = check(files: files, cache: cache).reports
        let problems = reports.flatMap(\.diagnostics).filter { $0.rule != Rule.importOrder.id }
        let troubled = Set(problems.map(\.file))
        let (changes, unfixable) = FixWriter.changes(in: reports.filter { !troubled.contains($0.displayPath) })
        let (written, writeProblems) = FixWriter.write(changes)
        return (written.map(\.displayPath), (problems + unfixable + writeProblems).sorted())
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

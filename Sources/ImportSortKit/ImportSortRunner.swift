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

/// Runs importsort over files, in place or as a check.
public final class ImportSortRunner: Sendable {
    public static let version = "0.1.0"
    public static let rule = "import-order"

    let options: ImportSortOptions
    let manifests = ManifestCache()

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

    /// `--check`: one diagnostic per file that would change, at its first changed line, and one per
    /// file that does not parse. Results are cached like intxcheck's.
    public func check(files: [String], cache: ResultCache?) -> ProcessedFiles {
        let processor = CachedFileProcessor(tool: "importsort", version: Self.version, options: options.cacheDescription)
        return processor.run(
            files: files, cache: cache,
            fileContext: { path in ";targets=" + self.classifier(forFile: path).localModules.sorted().joined(separator: ",") },
            check: { path, source in
                switch self.format(source, path: path) {
                case .unchanged:
                    return []
                case .parseError(let diagnostic):
                    return [diagnostic]
                case .changed(let formatted):
                    let line = Self.firstDifferingLine(source, formatted)
                    return [Diagnostic(
                        file: path, line: line, column: 1, rule: Self.rule,
                        message: "imports are not grouped and sorted (run importsort to fix)")]
                }
            })
    }

    /// In place: rewrites each file that changes (temporary file and rename) and returns the
    /// rewritten paths and the problems (parse and I/O errors).
    public func rewrite(files: [String]) -> (rewritten: [String], problems: [Diagnostic]) {
        let results: [(String?, Diagnostic?)] = parallelMap(files) { path in
            let display = DisplayPath.relative(path)
            guard let data = FileManager.default.contents(atPath: path) else {
                return (nil, Diagnostic(file: display, line: 1, column: 1, rule: CachedFileProcessor.ioErrorRule, message: "cannot read file"))
            }
            switch self.format(String(decoding: data, as: UTF8.self), path: display) {
            case .unchanged:
                return (nil, nil)
            case .parseError(let diagnostic):
                return (nil, diagnostic)
            case .changed(let formatted):
                do {
                    try AtomicFile.write(Data(formatted.utf8), to: path)
                    return (display, nil)
                } catch {
                    return (nil, Diagnostic(
                        file: display, line: 1, column: 1, rule: CachedFileProcessor.ioErrorRule, message: "cannot write file: \(error)"))
                }
            }
        }
        return (results.compactMap(\.0), results.compactMap(\.1).sorted())
    }

    static func firstDifferingLine(_ old: String, _ new: String) -> Int {
        var line = 1
        for (a, b) in zip(old.utf8, new.utf8) {
            if a != b { return line }
            if a == UInt8(ascii: "\n") { line += 1 }
        }
        return line
    }
}

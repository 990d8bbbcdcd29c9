import Foundation

/// Runs a per-file check over many files: on all cores, through the result cache, with the
/// diagnostics in a stable order whatever order the work finished in.
public struct CachedFileProcessor: Sendable {
    public static let ioErrorRule = "io-error"

    public var tool: String
    public var version: String
    /// The options that change results, in a stable text form; part of every cache key.
    public var options: String

    public init(tool: String, version: String, options: String) {
        self.tool = tool
        self.version = version
        self.options = options
    }

    /// `check` gets the display path and the file's text; files that are not UTF-8 are decoded
    /// with replacement characters, as the parser would see them. `fileContext` adds what else a
    /// file's result depends on (importsort: the nearest manifest's targets) to its cache key.
    public func run(
        files: [String], cache: ResultCache?,
        fileContext: @escaping @Sendable (String) -> String = { _ in "" },
        check: @escaping @Sendable (String, String) -> [Diagnostic]
    ) -> ProcessedFiles {
        let cacheUsed = cache != nil
        let loaded: [LoadedFile] = parallelMap(files) { path in
            guard let content = FileManager.default.contents(atPath: path) else { return .unreadable(path) }
            let key = cacheUsed ? ResultCache.key(tool: tool, version: version, options: options + fileContext(path), content: content) : ""
            return .loaded(path: path, content: content, key: key)
        }
        let cached = cache?.values(for: loaded.compactMap(\.key)) ?? [:]
        let results: [FileResult] = parallelMap(loaded) { file in
            switch file {
            case .unreadable(let path):
                return FileResult(diagnostics: [
                    Diagnostic(file: DisplayPath.relative(path), line: 1, column: 1, rule: Self.ioErrorRule, message: "cannot read file")
                ])
            case .loaded(let path, let content, let key):
                let display = DisplayPath.relative(path)
                if let data = cached[key], let stored = try? JSONDecoder().decode([Diagnostic].self, from: data) {
                    // The key is the content, not the path: the same text elsewhere has the same findings.
                    return FileResult(diagnostics: stored.map { var copy = $0; copy.file = display; return copy }, fromCache: true)
                }
                let diagnostics = check(display, String(decoding: content, as: UTF8.self))
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                return FileResult(diagnostics: diagnostics, newCacheEntry: cacheUsed ? (try? encoder.encode(diagnostics)).map { (key, $0) } : nil)
            }
        }
        var newEntries: [String: Data] = [:]
        for result in results { if let (key, value) = result.newCacheEntry { newEntries[key] = value } }
        cache?.store(newEntries)
        return ProcessedFiles(
            diagnostics: results.flatMap(\.diagnostics).sorted(),
            cacheHits: results.filter(\.fromCache).count,
            checked: results.filter { !$0.fromCache }.count)
    }

    private enum LoadedFile: Sendable {
        case unreadable(String)
        case loaded(path: String, content: Data, key: String)

        var key: String? {
            if case .loaded(_, _, let key) = self { return key }
            return nil
        }
    }

    private struct FileResult: Sendable {
        var diagnostics: [Diagnostic]
        var newCacheEntry: (String, Data)?
        var fromCache = false
    }
}

/// What a run produced, and how much of it came from the cache.
public struct ProcessedFiles: Sendable {
    public var diagnostics: [Diagnostic]
    /// Files whose result was read from the cache.
    public var cacheHits: Int
    /// Files that were read and checked.
    public var checked: Int
}

import Foundation

/// The path of every file through a per-file tool: read (UTF-8 checked), cache lookup, parse,
/// the tool's check, cache store. Runs on all cores; the result is in a stable order whatever
/// order the work finished in.
public struct FilePipeline: Sendable {
    public var tool: ToolDescription
    /// The options that change results, in a stable text form; part of every cache key.
    public var options: String

    public init(tool: ToolDescription, options: String) {
        self.tool = tool
        self.options = options
    }

    /// `fileContext` adds what else a file's result depends on (importsort: the nearest
    /// manifest's targets) to its cache key. `check` sees only files that are UTF-8 and parse.
    public func run(
        files: [String], cache: ResultCache?,
        fileContext: @escaping @Sendable (String) -> String = { _ in "" },
        check: @escaping @Sendable (FileContext) -> [Diagnostic]
    ) -> PipelineResult {
        let cacheUsed = cache != nil
        // Bytes first: a cache hit needs no decoding. Only UTF-8 content is ever stored, so a
        // hit is known to be UTF-8.
        let loaded: [LoadedFile] = parallelMap(files) { path in
            let display = DisplayPath.relative(path)
            guard let data = FileManager.default.contents(atPath: path) else {
                return LoadedFile(path: path, displayPath: display, bytes: nil, key: nil)
            }
            let bytes = [UInt8](data)
            let key = cacheUsed ? ResultCache.key(tool: tool.name, version: tool.version, options: options + fileContext(path), content: bytes) : nil
            return LoadedFile(path: path, displayPath: display, bytes: bytes, key: key)
        }
        let cached = cache?.values(for: loaded.compactMap(\.key)) ?? [:]
        let reports: [FileReport] = parallelMap(loaded) { loaded in
            guard let bytes = loaded.bytes else {
                return FileReport(
                    path: loaded.path, displayPath: loaded.displayPath,
                    diagnostics: [.atFileStart(.ioError, file: loaded.displayPath, message: "cannot read file")])
            }
            if let key = loaded.key, let data = cached[key], let stored = try? JSONDecoder().decode([Diagnostic].self, from: data) {
                // The key is the content, not the path: the same text elsewhere has the same findings.
                let relocated = stored.map { $0.relocated(to: loaded.displayPath) }
                return FileReport(path: loaded.path, displayPath: loaded.displayPath, bytes: bytes, diagnostics: relocated, fromCache: true)
            }
            let file: SourceFile
            switch SourceFile.decode(bytes, path: loaded.path, displayPath: loaded.displayPath) {
            case .failure(let diagnostic):
                return FileReport(path: loaded.path, displayPath: loaded.displayPath, diagnostics: [diagnostic])
            case .success(let decoded):
                file = decoded
            }
            let diagnostics: [Diagnostic]
            switch FileContext.parse(file) {
            case .failure(let parseError): diagnostics = [parseError]
            case .success(let context): diagnostics = check(context).sorted()
            }
            var report = FileReport(path: file.path, displayPath: file.displayPath, bytes: file.bytes, diagnostics: diagnostics)
            if let key = loaded.key {
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                report.newCacheEntry = (try? encoder.encode(diagnostics)).map { (key, $0) }
            }
            return report
        }
        var newEntries: [String: Data] = [:]
        for report in reports { if let (key, value) = report.newCacheEntry { newEntries[key] = value } }
        cache?.store(newEntries)
        return PipelineResult(reports: reports)
    }

    private struct LoadedFile: Sendable {
        let path: String
        let displayPath: String
        /// nil: the file could not be read.
        let bytes: [UInt8]?
        let key: String?
    }
}

/// What one file produced.
public struct FileReport: Sendable {
    public let path: String
    public let displayPath: String
    public let diagnostics: [Diagnostic]
    /// The bytes the diagnostics' edits apply to; kept only when some diagnostic has a fix.
    public let bytes: [UInt8]?
    public let fromCache: Bool
    var newCacheEntry: (String, Data)?

    public init(path: String, displayPath: String, diagnostics: [Diagnostic]) {
        self.path = path
        self.displayPath = displayPath
        self.diagnostics = diagnostics
        bytes = nil
        fromCache = false
    }

    public init(path: String, displayPath: String, bytes: [UInt8], diagnostics: [Diagnostic], fromCache: Bool = false) {
        self.path = path
        self.displayPath = displayPath
        self.diagnostics = diagnostics
        self.bytes = diagnostics.contains { !$0.fix.isEmpty } ? bytes : nil
        self.fromCache = fromCache
    }

    /// The file as it reads with every fix applied; nil when nothing is to be fixed.
    public var fixedBytes: [UInt8]? {
        guard let bytes else { return nil }
        return TextEdit.apply(diagnostics.flatMap(\.fix), to: bytes)
    }
}

/// What a run produced, and how much of it came from the cache.
public struct PipelineResult: Sendable {
    public let reports: [FileReport]

    public init(reports: [FileReport]) {
        self.reports = reports
    }

    public var diagnostics: [Diagnostic] { reports.flatMap(\.diagnostics).sorted() }
    /// Files whose result was read from the cache.
    public var cacheHits: Int { reports.filter(\.fromCache).count }
    /// Files that were read and checked.
    public var checked: Int { reports.filter { !$0.fromCache }.count }
}

extension Diagnostic {
    /// The same finding in a file of the same content at another path; notes in the file move too.
    public func relocated(to path: String) -> Diagnostic {
        var copy = self
        let old = copy.file
        copy.file = path
        copy.notes = notes.map { note in
            var note = note
            if note.file == old { note.file = path }
            return note
        }
        return copy
    }
}

import Foundation

/// Facts of every input for a whole-program tool (apigen): each file read once, its facts from
/// the cache when its content was seen before, otherwise parsed (once) and extracted. What the
/// tool builds from the facts is its own; it never reads an input again.
public struct FactsDriver<Extractor: FactsExtractor>: Sendable {
    public let extractor: Extractor

    public init(extractor: Extractor) {
        self.extractor = extractor
    }

    /// The facts of each file in input order. `keepTrees`: files parsed in this run keep their
    /// tree (`--verify-routes` reads them next).
    public func collect(files: [String], cache: ResultCache?, keepTrees: Bool = false) -> CollectedFacts<Extractor.Facts> {
        let extractor = extractor
        let loaded = LoadedSource.load(files, digests: cache != nil) { _ in false }
        let keys: [String?] = loaded.map { cache != nil && $0.isReadable ? $0.factsKey(extractor) : nil }
        let cached = cache?.values(for: keys.compactMap { $0 }) ?? [:]
        let results: [(facts: Extractor.Facts?, problem: Diagnostic?, context: FileContext?, hit: Bool)] = parallelMap(Array(loaded.indices)) { index in
            let file = loaded[index]
            guard file.isReadable else { return (nil, file.unreadable, nil, false) }
            // Only facts of UTF-8 content that parsed are ever stored, so a hit needs no check.
            if let key = keys[index], let data = cached[key], let facts = extractor.decode(data) { return (facts, nil, nil, true) }
            switch file.parse() {
            case .failure(let diagnostic): return (nil, diagnostic, nil, false)
            case .success(let context): return (extractor.facts(of: context).facts, nil, keepTrees ? context : nil, false)
            }
        }
        var newEntries: [String: Data] = [:]
        for (index, result) in results.enumerated() where !result.hit {
            if let key = keys[index], let facts = result.facts { newEntries[key] = Data(extractor.encode(facts)) }
        }
        cache?.store(newEntries)
        return CollectedFacts(
            files: loaded.indices.map { index in
                CollectedFacts.File(
                    path: loaded[index].path, displayPath: loaded[index].displayPath, bytes: loaded[index].bytes ?? [],
                    facts: results[index].facts, context: results[index].context)
            },
            problems: results.compactMap(\.problem).sorted(), cacheHits: results.filter(\.hit).count)
    }
}

public struct CollectedFacts<Facts: Sendable>: Sendable {
    public struct File: Sendable {
        public let path: String
        public let displayPath: String
        public let bytes: [UInt8]
        /// nil: the file could not be read, decoded or parsed (its problem is among ``problems``).
        public let facts: Facts?
        /// The tree, when asked for and parsed in this run.
        public let context: FileContext?

        public init(path: String, displayPath: String, bytes: [UInt8], facts: Facts?, context: FileContext?) {
            self.path = path
            self.displayPath = displayPath
            self.bytes = bytes
            self.facts = facts
            self.context = context
        }

        /// The tree: the one kept, or the bytes parsed now (facts came from the cache).
        public func parsed() -> FileContext? {
            if let context { return context }
            guard facts != nil else { return nil }
            return try? FileContext.parse(bytes: bytes, path: path, displayPath: displayPath).get()
        }
    }

    public let files: [File]
    /// Unreadable, non-UTF-8 and unparsable inputs.
    public let problems: [Diagnostic]
    /// Files whose facts came from the cache.
    public let cacheHits: Int
}

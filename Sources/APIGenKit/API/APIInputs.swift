import Foundation

import ToolSupport

/// apigen's inputs, each read once and parsed at most once per run: their facts (from the cache
/// when the content was seen before), and the trees `--verify-routes` reads.
public struct APIInputs: Sendable {
    let files: [CollectedFacts<APIFileFacts>.File]
    /// Unreadable, non-UTF-8 and unparsable inputs: each stops generation.
    let problems: [Diagnostic]
    /// Files whose facts came from the cache.
    public let cacheHits: Int

    /// Reads files through the shared driver. `keepTrees`: files parsed now keep their tree for
    /// route verification, so no file is parsed twice.
    public static func read(_ paths: [String], cache: ResultCache? = nil, keepTrees: Bool = false) -> APIInputs {
        let collected = FactsDriver(extractor: APIFactsExtractor()).collect(files: paths, cache: cache, keepTrees: keepTrees)
        return APIInputs(files: collected.files, problems: collected.problems, cacheHits: collected.cacheHits)
    }

    /// Sources in memory (tests, standard input), named by their display paths.
    public init(sources: [(path: String, source: String)]) {
        var files: [CollectedFacts<APIFileFacts>.File] = []
        var problems: [Diagnostic] = []
        for (path, source) in sources {
            let file = SourceFile(path: path, displayPath: path, bytes: Array(source.utf8), text: source)
            switch FileContext.parse(file) {
            case .failure(let diagnostic): problems.append(diagnostic)
            case .success(let context):
                files.append(.init(path: path, displayPath: path, bytes: file.bytes, facts: APIFileFacts(tree: context.tree, file: path), context: context))
            }
        }
        self.init(files: files, problems: problems.sorted(), cacheHits: 0)
    }

    init(files: [CollectedFacts<APIFileFacts>.File], problems: [Diagnostic], cacheHits: Int) {
        self.files = files
        self.problems = problems
        self.cacheHits = cacheHits
    }

    var facts: [APIFileFacts] { files.compactMap(\.facts) }

    /// Every input's tree: kept from this run's parse, or parsed now (facts from the cache).
    var parsed: [FileContext] { parallelMap(files) { $0.parsed() }.compactMap { $0 } }
}

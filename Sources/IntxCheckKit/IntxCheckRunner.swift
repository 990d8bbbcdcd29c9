import Foundation

import ToolSupport

/// Runs intxcheck over files in two phases, in the style of go/analysis facts: each file's
/// ``FileFacts`` (computed in parallel, cached by content), then per module a pass that checks
/// the transaction closures with the whole module's facts. The same shape as `ImportSortRunner`:
/// options in, `check(files:cache:)` out.
///
/// Cache keys: a file that names a transaction method depends on its module, so its result is
/// keyed by its content and a digest of every file of the module; any other file by its content
/// alone. A warm run with nothing changed reads and hashes the files and parses none.
public struct IntxCheckRunner: Sendable {
    public let options: IntxCheckOptions
    /// Its name and version are part of every cache key.
    public var tool = ToolDescription.intxcheck
    /// How much source the analysis keeps parsed while the module index is built; files beyond
    /// it are parsed again when their turn comes.
    public var treeBudgetBytes = 16 << 20
    /// The compiler's index (`--index-store`): exact callees where syntax has to guess. Its
    /// digest is part of the result keys.
    public var index: IndexedProgram?

    public init(options: IntxCheckOptions) {
        self.options = options
    }

    public func check(files: [String], cache: ResultCache?) -> PipelineResult {
        let tool = tool
        let options = options
        let treeBudgetBytes = treeBudgetBytes
        let methods = options.methods
        let useCache = cache != nil

        // Phase 0: bytes, content digests and whether each file names a transaction method;
        // then the modules of the files that do, and the rest of their targets.
        func load(_ paths: [String]) -> [LoadedFile] {
            parallelMap(paths) { path in
                let display = DisplayPath.relative(path)
                guard let data = FileManager.default.contents(atPath: path) else {
                    return LoadedFile(path: path, displayPath: display, bytes: nil, digest: "", mentionsMethod: false)
                }
                let bytes = [UInt8](data)
                var digest = ""
                if useCache {
                    var hasher = SHA256()
                    hasher.update(bytes)
                    digest = hasher.finalizeHex()
                }
                return LoadedFile(path: path, displayPath: display, bytes: bytes, digest: digest, mentionsMethod: methods.contains { bytes.containsBytes($0) })
            }
        }
        let inputFiles = load(files)
        // A run with no transaction at all needs no modules; otherwise every file is grouped, since
        // a helper file names no transaction method itself.
        let anyTransactions = inputFiles.contains { $0.mentionsMethod }
        var growingLayout = ModuleLayout(files: files, grouped: anyTransactions ? Array(files.indices) : [])
        // Only modules with a transaction to check need the rest of their target.
        let modulesWithTransactions = Set(inputFiles.indices.filter { inputFiles[$0].mentionsMethod }.map { growingLayout.moduleOf[$0] })
        let contextFiles = modulesWithTransactions.sorted().flatMap { growingLayout.addContextFiles(of: $0) }
        let layout = growingLayout
        let loaded = inputFiles + load(contextFiles.map { layout.paths[$0] })
        let moduleDigests: [String] = layout.modules.map { module in
            guard cache != nil, module.members.contains(where: { layout.isInput($0) && loaded[$0].mentionsMethod }) else { return "" }
            var hasher = SHA256()
            for member in module.members.sorted(by: { loaded[$0].displayPath < loaded[$1].displayPath }) {
                hasher.update("\(loaded[member].displayPath)\u{0}\(loaded[member].digest)\u{0}")
            }
            return hasher.finalizeHex()
        }
        func resultKey(_ index: Int) -> String? {
            guard cache != nil, loaded[index].bytes != nil else { return nil }
            // A module-dependent result is the file's own: with the same content elsewhere in the
            // module, a helper's note may name either copy, so the path is part of the key.
            let module = loaded[index].mentionsMethod ? ";module=" + moduleDigests[layout.moduleOf[index]] + ";path=" + loaded[index].displayPath : ""
            let indexDigest = self.index.map { ";index=" + $0.digest } ?? ""
            return ResultCache.key(tool: tool.name, version: tool.version, options: options.cacheDescription + module + indexDigest, content: Array(loaded[index].digest.utf8))
        }
        func factsKey(_ index: Int) -> String? {
            guard cache != nil, loaded[index].bytes != nil else { return nil }
            return ResultCache.key(
                tool: tool.name + "-facts", version: tool.version, options: "schema=\(FileFacts.schemaVersion)", content: Array(loaded[index].digest.utf8))
        }

        // Cached results first; only misses go on.
        let inputs = Array(0..<layout.inputCount)
        let resultKeys = inputs.map(resultKey)
        let cachedResults = cache?.values(for: resultKeys.compactMap { $0 }) ?? [:]
        var reports: [FileReport?] = inputs.map { index in
            let file = loaded[index]
            guard let bytes = file.bytes else {
                return FileReport(
                    path: file.path, displayPath: file.displayPath,
                    diagnostics: [.atFileStart(.ioError, file: file.displayPath, message: "cannot read file")])
            }
            guard let key = resultKeys[index], let data = cachedResults[key], let stored = try? JSONDecoder().decode([Diagnostic].self, from: data) else {
                return nil
            }
            // A content-keyed hit may have been stored by a copy at another path.
            let relocated = stored.map { $0.relocated(to: file.displayPath) }
            return FileReport(path: file.path, displayPath: file.displayPath, bytes: bytes, diagnostics: relocated, fromCache: true)
        }
        let missed = inputs.filter { reports[$0] == nil }

        // Phase 1: facts for every file of each module that has a missed file to analyze.
        let analyzedModules = Set(missed.filter { loaded[$0].mentionsMethod }.map { layout.moduleOf[$0] })
        let factFiles = analyzedModules.flatMap { layout.modules[$0].members }.filter { loaded[$0].bytes != nil }
        let factKeys = Dictionary(uniqueKeysWithValues: factFiles.compactMap { index in factsKey(index).map { (index, $0) } })
        let cachedFacts = cache?.values(for: Array(factKeys.values)) ?? [:]
        let decodedFacts: [FileFacts?] = parallelMap(factFiles) { index in
            factKeys[index].flatMap { cachedFacts[$0] }.flatMap(FactsCoding.decode)
        }
        var facts: [Int: FileFacts] = [:]
        for (index, decoded) in zip(factFiles, decodedFacts) where decoded != nil { facts[index] = decoded }
        let parseSet = Array(Set(missed).union(factFiles.filter { facts[$0] == nil })).sorted()
        // Trees of the files to analyze, and of files whose bodies may be summarized, wait for the
        // module pass. Up to a budget they are kept (a parse saved); beyond it, they are parsed
        // again when needed, so a large module does not hold every tree at once (a parsed file
        // takes about 100× its size in memory).
        let needsFacts = Set(factFiles).subtracting(facts.keys)
        func size(_ indexes: [Int]) -> Int { indexes.reduce(0) { $0 + (loaded[$1].bytes?.count ?? 0) } }
        let waiting = Set(missed.filter { loaded[$0].mentionsMethod })
        let waitingBytes = size(Array(waiting))
        let keepTrees = waitingBytes <= treeBudgetBytes
        // Bodies keep their whole file's tree: kept only when all of them fit with the trees above.
        let keepBodies = waitingBytes + size(parseSet.filter { needsFacts.contains($0) && !waiting.contains($0) }) <= treeBudgetBytes
        let parsed: [ParsedFile] = parallelMap(parseSet) { index in
            switch Self.parse(loaded[index]) {
            case .failure(let diagnostic):
                return ParsedFile(index: index, context: nil, failure: diagnostic, facts: needsFacts.contains(index) ? FileFacts() : nil, bodies: nil)
            case .success(let context):
                let declarations = needsFacts.contains(index) ? FactExtractor.declarations(of: context.tree, bytes: context.file.bytes) : nil
                // Context files are not analyzed: at most their bodies are kept.
                let keep = layout.isInput(index) && (keepTrees || !loaded[index].mentionsMethod)
                return ParsedFile(
                    index: index, context: keep ? context : nil, failure: nil, facts: declarations?.facts,
                    bodies: keepBodies || keep ? declarations?.bodies : nil)
            }
        }
        var bodies: [Int: FunctionBodies] = [:]
        for file in parsed {
            guard let fileFacts = file.facts else { continue }
            facts[file.index] = fileFacts
            bodies[file.index] = file.bodies
        }

        // Phase 2: the module pass. Bodies are summarized as the analysis reaches them.
        var indexes: [Int: (index: ModuleIndex, members: [Int])] = [:]
        for module in analyzedModules {
            let members = layout.modules[module].members.filter { facts[$0] != nil }
            let files = members.map { member in
                ModuleIndex.File(
                    displayPath: loaded[member].displayPath, facts: facts[member]!,
                    bodies: bodies[member].map { .parsed($0) } ?? .bytes(loaded[member].bytes ?? []))
            }
            indexes[module] = (ModuleIndex.make(files: files, paths: members.map { loaded[$0].path }, program: self.index), members)
        }
        let moduleIndexes = indexes
        let analyzed: [(Int, [Diagnostic])] = parallelMap(parsed.filter { layout.isInput($0.index) }) { file in
            if let failure = file.failure { return (file.index, [failure]) }
            guard let context = file.context ?? (try? Self.parse(loaded[file.index]).get()) else { return (file.index, []) }
            let diagnostics = IntxCheck.analyze(context, options: options, module: moduleIndexes[layout.moduleOf[file.index]]?.index).sorted()
            return (file.index, diagnostics)
        }
        var newEntries: [String: Data] = [:]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for (index, diagnostics) in analyzed {
            let file = loaded[index]
            reports[index] = FileReport(path: file.path, displayPath: file.displayPath, bytes: file.bytes ?? [], diagnostics: diagnostics)
            if let key = resultKeys[index], let data = try? encoder.encode(diagnostics) { newEntries[key] = data }
        }
        // Facts go to the cache with the summaries this run computed: new files, and cached
        // ones that gained summaries.
        var changedFacts = Dictionary(uniqueKeysWithValues: needsFacts.compactMap { index in facts[index].map { (index, $0) } })
        for (index, members) in indexes.values {
            for (position, summarized) in index.summarizedFiles() { changedFacts[members[position]] = summarized }
        }
        for (index, fileFacts) in changedFacts {
            if let key = factKeys[index] { newEntries[key] = Data(FactsCoding.encode(fileFacts)) }
        }
        cache?.store(newEntries)
        return PipelineResult(reports: reports.map { $0! })
    }


    /// UTF-8 check, then parse: a file that fails either gives its diagnostic.
    private static func parse(_ file: LoadedFile) -> Result<FileContext, Diagnostic> {
        SourceFile.decode(file.bytes ?? [], path: file.path, displayPath: file.displayPath).flatMap(FileContext.parse)
    }

    private struct LoadedFile: Sendable {
        let path: String
        let displayPath: String
        /// nil: the file could not be read.
        let bytes: [UInt8]?
        /// SHA-256 of the content when a cache is in use.
        let digest: String
        let mentionsMethod: Bool
    }

    private struct ParsedFile: @unchecked Sendable {
        let index: Int
        /// Kept for files to report on, which the module pass analyzes next.
        let context: FileContext?
        let failure: Diagnostic?
        /// Declarations, for files whose facts were not cached.
        let facts: FileFacts?
        /// Their bodies, kept for summaries while the trees fit the budget.
        let bodies: FunctionBodies?
    }
}

extension [UInt8] {
    /// A plain byte search, as ``Swift/String/containsBytes(_:)``.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return withUnsafeBufferPointer { hay in needle.withUTF8 { hay.containsBytes($0) } }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// `memchr` finds each candidate first byte (vectorized), `memcmp` checks the rest.
    func containsBytes(_ pin: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !pin.isEmpty else { return true }
        guard count >= pin.count, let first = pin.first, let base = baseAddress, let needle = pin.baseAddress else { return false }
        var offset = 0
        let last = count - pin.count
        while offset <= last {
            guard let found = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + position, needle, pin.count) == 0 { return true }
            offset = position + 1
        }
        return false
    }
}

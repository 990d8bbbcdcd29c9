import Foundation

/// Runs a ``ModuleAnalyzer`` over files in two phases, in the style of go/analysis facts: each
/// file's facts (in parallel, cached by content), then per module a pass that checks each file
/// with the whole module's facts. A per-file analyzer (no file needs its module) is the same run
/// with the module phase empty.
///
/// Cache keys: a file whose result depends on its module is keyed by its content, its display
/// path and a digest of every file of the module; any other file by its content alone, and a hit
/// stored by a copy at another path is moved to this one. A warm run with nothing changed reads
/// and hashes the files and parses none.
public struct ModuleDriver<Analyzer: ModuleAnalyzer>: Sendable {
    public let analyzer: Analyzer
    /// How much source the run keeps parsed while the modules' facts are gathered; files beyond
    /// it are parsed again when their turn comes (a parsed file takes about 100× its size).
    public var treeBudgetBytes = 16 << 20

    public init(analyzer: Analyzer) {
        self.analyzer = analyzer
    }

    public func run(files: [String], cache: ResultCache?) -> CheckResult {
        let analyzer = analyzer

        // Phase 0: bytes, digests and the analyzer's byte test; then the modules of the files
        // that need one, with the rest of their targets as context files.
        let stamps = cache.map { FileStamps(cache: $0, tool: analyzer.tool, setting: analyzer.optionsDescription) }
        let inputFiles = LoadedSource.load(files, digests: cache != nil, stamps: stamps) { analyzer.needsModule($0) }
        // A run where no file needs a module forms none; otherwise every file is grouped, since
        // a helper file does not need its module itself.
        let anyNeedsModule = inputFiles.contains(where: \.needsModule)
        var growingLayout = ModuleLayout(files: files, grouped: anyNeedsModule ? Array(files.indices) : [])
        let modulesNeeded = Set(inputFiles.indices.filter { inputFiles[$0].needsModule }.map { growingLayout.moduleOf[$0] })
        let contextFiles = modulesNeeded.sorted().flatMap { growingLayout.addContextFiles(of: $0) }
        let layout = growingLayout
        let loaded = inputFiles + LoadedSource.load(contextFiles.map { layout.paths[$0] }, digests: cache != nil, stamps: stamps) { analyzer.needsModule($0) }
        let resultKeys = Self.resultKeys(analyzer: analyzer, loaded: loaded, layout: layout, cached: cache != nil)

        // Cached results first; only misses go on.
        let inputs = Array(0..<layout.inputCount)
        let cachedResults = cache?.values(for: inputs.compactMap { resultKeys[$0] }) ?? [:]
        var reports: [FileReport?] = inputs.map { index in
            let file = loaded[index]
            guard file.isReadable else {
                return FileReport(path: file.path, displayPath: file.displayPath, diagnostics: [file.unreadable])
            }
            guard let key = resultKeys[index], let data = cachedResults[key], let stored = try? JSONDecoder().decode([Diagnostic].self, from: data) else {
                return nil
            }
            let relocated = stored.map { $0.relocated(to: file.displayPath) }
            // The bytes matter only to a fix; a hit without one never reads the file.
            guard relocated.contains(where: { !$0.fixes.isEmpty }) else {
                return FileReport(path: file.path, displayPath: file.displayPath, bytes: [], diagnostics: relocated, fromCache: true)
            }
            guard let bytes = file.bytes else { return FileReport(path: file.path, displayPath: file.displayPath, diagnostics: [file.unreadable]) }
            return FileReport(path: file.path, displayPath: file.displayPath, bytes: bytes, diagnostics: relocated, fromCache: true)
        }
        let missed = inputs.filter { reports[$0] == nil }

        // Phase 1: facts for every file of each module that has a missed file to check.
        let analyzedModules = Set(missed.filter { loaded[$0].needsModule }.map { layout.moduleOf[$0] })
        let factFiles = analyzedModules.flatMap { layout.modules[$0].members }.filter { loaded[$0].isReadable }
        // Only these files' facts keys are ever needed: a run where every result is a hit, or no
        // file needs its module, computes none.
        let factsKeys: [Int: String] = cache == nil ? [:] : Dictionary(uniqueKeysWithValues: factFiles.map { ($0, loaded[$0].factsKey(analyzer)) })
        let cachedFacts = cache?.values(for: Array(factsKeys.values)) ?? [:]
        let decodedFacts: [Analyzer.Facts?] = parallelMap(factFiles) { index in
            factsKeys[index].flatMap { cachedFacts[$0] }.flatMap(analyzer.decode)
        }
        var facts: [Int: Analyzer.Facts] = [:]
        for (index, decoded) in zip(factFiles, decodedFacts) where decoded != nil { facts[index] = decoded }
        let needsFacts = Set(factFiles).subtracting(facts.keys)
        let parseSet = Array(Set(missed).union(needsFacts)).sorted()
        // Trees of the files to check, and what context files retain, wait for the module pass:
        // kept within the budget, parsed again beyond it.
        func size(_ indexes: some Sequence<Int>) -> Int { indexes.reduce(0) { $0 + loaded[$1].size } }
        let waiting = Set(missed.filter { loaded[$0].needsModule })
        let waitingBytes = size(waiting)
        let keepTrees = waitingBytes <= treeBudgetBytes
        let keepRetained = waitingBytes + size(parseSet.filter { needsFacts.contains($0) && !waiting.contains($0) }) <= treeBudgetBytes
        let parsed: [ParsedSource] = parallelMap(parseSet) { index in
            let extract = needsFacts.contains(index)
            switch loaded[index].parse() {
            case .failure(let diagnostic):
                return ParsedSource(index: index, context: nil, failure: diagnostic, facts: extract ? analyzer.unparsedFileFacts : nil, retained: nil)
            case .success(let context):
                let extracted = extract ? analyzer.facts(of: context) : nil
                // Context files are never checked: at most what their tree leaves is kept.
                let keep = layout.isInput(index) && (keepTrees || !loaded[index].needsModule)
                return ParsedSource(
                    index: index, context: keep ? context : nil, failure: nil, facts: extracted?.facts,
                    retained: keepRetained || keep ? extracted?.retained ?? nil : nil)
            }
        }
        var retained: [Int: Analyzer.Retained] = [:]
        for file in parsed {
            guard let fileFacts = file.facts else { continue }
            facts[file.index] = fileFacts
            retained[file.index] = file.retained
        }

        // Phase 2: the module pass.
        var modules: [Int: (module: Analyzer.Module, members: [Int])] = [:]
        for module in analyzedModules {
            let members = layout.modules[module].members.filter { facts[$0] != nil }
            let files = members.map { member in
                ModuleMember(path: loaded[member].path, displayPath: loaded[member].displayPath, facts: facts[member]!, retained: retained[member], source: loaded[member].content)
            }
            modules[module] = (analyzer.module(files), members)
        }
        let builtModules = modules
        let checked: [(Int, [Diagnostic])] = parallelMap(parsed.filter { layout.isInput($0.index) }) { file in
            if let failure = file.failure { return (file.index, [failure]) }
            guard let context = file.context ?? (try? loaded[file.index].parse().get()) else { return (file.index, []) }
            let module = layout.moduleOf[file.index] >= 0 ? builtModules[layout.moduleOf[file.index]]?.module : nil
            return (file.index, analyzer.check(context, module: module).sorted())
        }
        var newEntries: [String: Data] = [:]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for (index, diagnostics) in checked {
            let file = loaded[index]
            reports[index] = FileReport(path: file.path, displayPath: file.displayPath, bytes: file.bytes ?? [], diagnostics: diagnostics)
            if let key = resultKeys[index], let data = try? encoder.encode(diagnostics) { newEntries[key] = data }
        }
        if cache != nil {
            // Facts go to the cache as the module pass left them: new files, and cached ones it completed.
            var changedFacts = Dictionary(uniqueKeysWithValues: needsFacts.compactMap { index in facts[index].map { (index, $0) } })
            for (module, members) in modules.values {
                for (position, completed) in analyzer.completedFacts(in: module) { changedFacts[members[position]] = completed }
            }
            for (index, fileFacts) in changedFacts {
                if let key = factsKeys[index] { newEntries[key] = Data(analyzer.encode(fileFacts)) }
            }
        }
        if let stamps { newEntries.merge(stamps.entries) { new, _ in new } }
        cache?.store(newEntries)
        return CheckResult(reports: reports.map { $0! })
    }

    /// The result key of each input: nil without a cache, or for an unreadable file.
    private static func resultKeys(analyzer: Analyzer, loaded: [LoadedSource], layout: ModuleLayout, cached: Bool) -> [String?] {
        guard cached else { return Array(repeating: nil, count: layout.inputCount) }
        let moduleDigests: [String] = layout.modules.map { module in
            guard module.members.contains(where: { layout.isInput($0) && loaded[$0].needsModule }) else { return "" }
            var hasher = SHA256()
            for member in module.members.sorted(by: { loaded[$0].displayPath < loaded[$1].displayPath }) {
                hasher.update("\(loaded[member].displayPath)\u{0}\(loaded[member].digest)\u{0}")
            }
            return hasher.finalizeHex()
        }
        return (0..<layout.inputCount).map { index in
            let file = loaded[index]
            guard file.isReadable else { return nil }
            // A module-dependent result is the file's own: with the same content elsewhere in
            // the module, a note may name either copy, so the path is part of the key.
            let module = file.needsModule ? ";module=" + moduleDigests[layout.moduleOf[index]] + ";path=" + file.displayPath : ""
            return ResultCache.key(
                tool: analyzer.tool.name, version: analyzer.tool.version,
                options: analyzer.optionsDescription + analyzer.resultKeyContext(forFile: file.path) + module, content: Array(file.digest.utf8))
        }
    }

    private struct ParsedSource: Sendable {
        let index: Int
        /// Kept for files to report on, which the module pass checks next.
        let context: FileContext?
        let failure: Diagnostic?
        /// Facts, for files whose facts were not cached.
        let facts: Analyzer.Facts?
        let retained: Analyzer.Retained?
    }
}

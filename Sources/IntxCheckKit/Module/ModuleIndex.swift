import Foundation

import SwiftParser
import SwiftSyntax

import ToolSupport

/// The facts of every file of one module, merged: the module pass's view of types, methods and
/// free functions. Built once per module and read by every file's analysis at once; the only
/// thing that changes after it is built is the set of bodies summarized so far.
final class ModuleIndex: Sendable {
    /// One file of the module: its facts, and where its bodies come from when a summary is missing.
    struct File: Sendable {
        let displayPath: String
        let facts: FileFacts
        let bodies: BodySource
    }

    /// Where a file's function bodies come from when one is first asked about.
    enum BodySource: Sendable {
        /// The file's tree is still at hand.
        case parsed(FunctionBodies)
        /// The file's bytes, parsed again when first needed (facts from the cache, or a tree not
        /// kept); every body of the file is then summarized at once.
        case unparsed(SourceBytes)
    }

    /// A function and the file that declares it.
    struct Function: Sendable {
        let facts: FunctionFacts
        /// The declaring file as the output shows it.
        let file: String
        /// Its file's position in the module, and its own position in that file's facts.
        let fileIndex: Int
        let indexInFile: Int
    }

    let types: TypeIndex
    let functions: [Function]
    private let files: [File]
    private let functionsByFile: [[Int]]
    private let methodsByType: [String: [String: [Int]]]
    private let freeFunctions: [String: [Int]]
    private let functionsByName: [String: [Int]]
    private let summaries = SummaryStore()
    /// The compiler index's answers (`--index-store`); nil: syntax alone.
    let indexed: IndexedCalls?
    /// Files past this position were added for the index's answers (other targets): their
    /// functions are not looked up by name, and their facts are not the module's to cache.
    private let ownFiles: Int

    init(files: [File], ownFiles: Int? = nil, indexed: IndexedCalls? = nil) {
        self.indexed = indexed
        self.ownFiles = ownFiles ?? files.count
        var types: [String: TypeFacts] = [:]
        var functions: [Function] = []
        var functionsByFile: [[Int]] = []
        var methods: [String: [String: [Int]]] = [:]
        var free: [String: [Int]] = [:]
        var byName: [String: [Int]] = [:]
        for (fileIndex, file) in files.enumerated() {
            let isOwn = fileIndex < (ownFiles ?? files.count)
            if isOwn {
                for (key, members) in file.facts.types { types[key, default: TypeFacts()].merge(members) }
            }
            var ofFile: [Int] = []
            for (indexInFile, function) in file.facts.functions.enumerated() {
                let index = functions.count
                ofFile.append(index)
                functions.append(Function(facts: function, file: file.displayPath, fileIndex: fileIndex, indexInFile: indexInFile))
                guard isOwn else { continue }
                byName[function.name, default: []].append(index)
                if let typeKey = function.typeKey {
                    methods[typeKey, default: [:]][function.name, default: []].append(index)
                } else {
                    free[function.name, default: []].append(index)
                }
            }
            functionsByFile.append(ofFile)
        }
        self.types = TypeIndex(types: types)
        self.functions = functions
        self.files = files
        self.functionsByFile = functionsByFile
        methodsByType = methods
        freeFunctions = free
        functionsByName = byName
    }

    /// One parsed file as a module of its own: what a single-file analysis sees.
    convenience init(file: String, tree: SourceFileSyntax, bytes: [UInt8]) {
        let (facts, bodies) = FactExtractor.declarations(of: tree, bytes: bytes)
        self.init(files: [File(displayPath: file, facts: facts, bodies: .parsed(bodies))])
    }

    /// The summary of a function's body, computed the first time it is asked for.
    func summary(of function: Int) -> BodySummary {
        let entry = functions[function]
        if let summary = entry.facts.summary ?? summaries.value(of: function) { return summary }
        var computed: [Int: BodySummary] = [:]
        switch files[entry.fileIndex].bodies {
        case .parsed(let bodies):
            computed[function] = bodies.summary(of: entry.indexInFile)
        case .unparsed(let source):
            let bytes = source.value ?? []
            let tree = bytes.withUnsafeBufferPointer { Parser.parse(source: $0) }
            let bodies = FactExtractor.declarations(of: tree, bytes: bytes).bodies
            for other in functionsByFile[entry.fileIndex] where functions[other].facts.summary == nil {
                let indexInFile = functions[other].indexInFile
                guard indexInFile < bodies.declarations.count else { continue }
                computed[other] = bodies.summary(of: indexInFile)
            }
        }
        summaries.store(computed)
        return computed[function] ?? BodySummary(references: [], calls: [])
    }

    /// Each file whose facts gained summaries in this run, with them filled in: what the facts
    /// cache should hold next time.
    func summarizedFiles() -> [Int: FileFacts] {
        let computed = summaries.all()
        var updated: [Int: FileFacts] = [:]
        for (function, summary) in computed where functions[function].fileIndex < ownFiles {
            let entry = functions[function]
            var facts = updated[entry.fileIndex] ?? files[entry.fileIndex].facts
            facts.functions[entry.indexInFile].summary = summary
            updated[entry.fileIndex] = facts
        }
        return updated
    }

    /// The methods named `name` of `typeKey`; `isStatic` nil takes both kinds.
    func methods(of typeKey: String?, named name: String, isStatic: Bool? = nil) -> [Int] {
        guard let typeKey, let candidates = methodsByType[typeKey]?[name] else { return [] }
        guard let isStatic else { return candidates }
        return candidates.filter { functions[$0].facts.isStatic == isStatic }
    }

    /// Every method and free function of that base name, whatever its type.
    func functions(named name: String) -> [Int] {
        functionsByName[name] ?? []
    }

    func freeFunctions(named name: String) -> [Int] {
        freeFunctions[name] ?? []
    }

    func hasType(_ typeKey: String) -> Bool {
        methodsByType[typeKey] != nil || types.types[typeKey] != nil
    }
}

/// Summaries computed during a run, shared by the files analyzed in parallel. Two workers may
/// compute the same summary at once; both get the same answer, so the lock guards only the store.
private final class SummaryStore: @unchecked Sendable {
    private var summaries: [Int: BodySummary] = [:]
    private let lock = NSLock()

    func value(of function: Int) -> BodySummary? {
        lock.withLock { summaries[function] }
    }

    func store(_ computed: [Int: BodySummary]) {
        lock.withLock { summaries.merge(computed) { first, _ in first } }
    }

    func all() -> [Int: BodySummary] {
        lock.withLock { summaries }
    }
}

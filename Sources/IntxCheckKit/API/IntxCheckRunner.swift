import Foundation

import ToolSupport

/// Runs intxcheck over files through the shared ``ModuleDriver``: each file's ``FileFacts``
/// (cached by content), then per module a pass that checks the transaction closures with the
/// whole module's facts. A file that names no transaction method needs no module. The same shape
/// as `ImportSortRunner`: options in, `check(files:cache:)` out.
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
        var driver = ModuleDriver(analyzer: IntxCheckAnalyzer(tool: tool, options: options, index: index))
        driver.treeBudgetBytes = treeBudgetBytes
        return driver.run(files: files, cache: cache)
    }
}

/// What intxcheck supplies to the driver: facts are a file's declarations (bodies summarized on
/// demand and cached once summarized), the module is their ``ModuleIndex``, and the check is
/// ``IntxCheck/analyze(_:options:module:)``.
struct IntxCheckAnalyzer: ModuleAnalyzer {
    let tool: ToolDescription
    let options: IntxCheckOptions
    let index: IndexedProgram?

    /// With the index, results depend on it too.
    var optionsDescription: String { options.cacheDescription + (index.map { ";index=" + $0.digest } ?? "") }
    var factsSchema: Int { FileFacts.schemaVersion }
    var unparsedFileFacts: FileFacts { FileFacts() }

    /// A transaction closure is only found in a file that names a transaction method.
    func needsModule(_ bytes: [UInt8]) -> Bool { options.methods.contains { bytes.containsBytes($0) } }

    func facts(of context: FileContext) -> (facts: FileFacts, retained: FunctionBodies?) {
        let declarations = FactExtractor.declarations(of: context.tree, bytes: context.file.bytes)
        return (declarations.facts, declarations.bodies)
    }

    func encode(_ facts: FileFacts) -> [UInt8] { FactsCoding.encode(facts) }
    func decode(_ data: Data) -> FileFacts? { FactsCoding.decode(data) }

    func module(_ files: [ModuleMember<FileFacts, FunctionBodies>]) -> ModuleIndex {
        let members = files.map { file in
            ModuleIndex.File(displayPath: file.displayPath, facts: file.facts, bodies: file.retained.map { .parsed($0) } ?? .unparsed(file.source))
        }
        return ModuleIndex.make(files: members, paths: files.map(\.path), program: index)
    }

    func check(_ context: FileContext, module: ModuleIndex?) -> [Diagnostic] {
        IntxCheck.analyze(context, options: options, module: module)
    }

    func completedFacts(in module: ModuleIndex) -> [Int: FileFacts] { module.summarizedFiles() }
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

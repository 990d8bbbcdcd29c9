import Foundation

/// What a tool supplies to the drivers, after go/analysis's Analyzer: per-file facts, plain data
/// computed from one file's tree and cached by its content. Reading, UTF-8 checks, digests, cache
/// keys, cache reads and writes and parallelism are the driver's (``ModuleDriver``,
/// ``FactsDriver``).
public protocol FactsExtractor: Sendable {
    associatedtype Facts: Sendable
    /// What a file's tree leaves beside its facts for a later pass while trees fit the budget
    /// (intxcheck: its function bodies, summarized on demand). nil: the later pass parses again.
    associatedtype Retained: Sendable = Void

    /// Its name and version are part of every key.
    var tool: ToolDescription { get }
    /// Part of every facts key: change it whenever ``Facts`` or its encoding changes.
    var factsSchema: Int { get }
    func facts(of context: FileContext) -> (facts: Facts, retained: Retained?)
    func encode(_ facts: Facts) -> [UInt8]
    /// nil for bytes that are not such an encoding: a cache miss.
    func decode(_ data: Data) -> Facts?
    /// What else a file's facts depend on besides its content (apigen: the display path its
    /// locations carry). Empty by default: facts are the content's.
    func factsKeyContext(displayPath: String) -> String
}

extension FactsExtractor {
    public func factsKeyContext(displayPath: String) -> String { "" }
}

/// A checker the ``ModuleDriver`` runs: per-file facts, then a module pass that checks each file
/// with the facts of every file of its module (its SwiftPM target).
public protocol ModuleAnalyzer: FactsExtractor {
    /// The module pass's view of a module's facts, built once and shared by its files' checks.
    associatedtype Module: Sendable

    /// The options that change results, in a stable text form; part of every result key.
    var optionsDescription: String { get }
    /// A cheap test on a file's bytes: whether its result depends on the rest of its module. A run
    /// where no file does forms no modules and extracts no facts.
    func needsModule(_ bytes: [UInt8]) -> Bool
    /// What else a file's result depends on (importsort: the nearest manifest's targets).
    func resultKeyContext(forFile path: String) -> String
    /// The facts of a file that does not parse: it still belongs to its module.
    var unparsedFileFacts: Facts { get }
    func module(_ files: [ModuleMember<Facts, Retained>]) -> Module
    /// `module` is nil for a file that does not need one.
    func check(_ context: FileContext, module: Module?) -> [Diagnostic]
    /// Facts the module pass completed (summaries computed on demand), by member position: what
    /// the facts cache should hold next time.
    func completedFacts(in module: Module) -> [Int: Facts]
}

extension ModuleAnalyzer {
    public func resultKeyContext(forFile path: String) -> String { "" }
}

/// A per-file checker: no facts and no module (importsort).
public protocol FileAnalyzer: ModuleAnalyzer where Facts == NoFacts, Retained == Void, Module == Void {}

extension FileAnalyzer {
    public var factsSchema: Int { 0 }
    public func needsModule(_ bytes: [UInt8]) -> Bool { false }
    public var unparsedFileFacts: NoFacts { NoFacts() }
    public func facts(of context: FileContext) -> (facts: NoFacts, retained: Void?) { (NoFacts(), nil) }
    public func encode(_ facts: NoFacts) -> [UInt8] { [] }
    public func decode(_ data: Data) -> NoFacts? { NoFacts() }
    public func module(_ files: [ModuleMember<NoFacts, Void>]) {}
    public func completedFacts(in module: Void) -> [Int: NoFacts] { [:] }
}

public struct NoFacts: Sendable {
    public init() {}
}

/// One file of a module as the module pass gets it.
public struct ModuleMember<Facts: Sendable, Retained: Sendable>: Sendable {
    /// The path to open, and the path as the output shows it.
    public let path: String
    public let displayPath: String
    public let facts: Facts
    /// What the file's tree left, when it was parsed in this run and fit the budget.
    public let retained: Retained?
    /// The file's bytes, for what was not retained: read on first use.
    public let source: SourceBytes

    public var bytes: [UInt8] { source.value ?? [] }
}

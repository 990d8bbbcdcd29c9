/// What one file tells the module pass, in the style of go/analysis facts: plain data, computed
/// once per file content and cached, so a module's other files need not be parsed again.
///
/// Names are kept as written; what a name denotes (a parameter, a member of the type, a global)
/// is decided by the module pass, which sees every file's types.
struct FileFacts: Codable, Sendable, Equatable {
    /// Part of the facts cache key: bump it when what the facts hold, or their encoding
    /// (``FactsCoding``), changes.
    static let schemaVersion = 3

    /// Member names and declared property types per type key (`Outer.Inner`; extensions merge in).
    var types: [String: TypeFacts] = [:]
    var functions: [FunctionFacts] = []
}

struct TypeFacts: Codable, Sendable, Equatable {
    var names: Set<String> = []
    var methodNames: Set<String> = []
    var propertyTypes: [String: String] = [:]
    /// Computed properties whose getter is one chain of names (`var context: NSManagedObjectContext
    /// { container.viewContext }` → `context`: `["container", "viewContext"]`, implicit `self` left
    /// out): reading one reads that chain.
    var computedChains: [String: [String]] = [:]

    mutating func merge(_ other: TypeFacts) {
        names.formUnion(other.names)
        methodNames.formUnion(other.methodNames)
        propertyTypes.merge(other.propertyTypes) { first, _ in first }
        computedChains.merge(other.computedChains) { first, _ in first }
    }
}

/// A method or free function and the summary of its body.
struct FunctionFacts: Codable, Sendable, Equatable {
    var name: String
    /// The type whose member this is; nil for a free function.
    var typeKey: String?
    var isStatic: Bool
    var parameters: [ParameterFacts]
    var line: Int
    var column: Int
    /// nil until some transaction reaches the function: most bodies are never asked about, and
    /// summarizing every one of them made the facts phase cost as much as the parse.
    var summary: BodySummary?
}

/// What a function body does that the module pass follows.
struct BodySummary: Codable, Sendable, Equatable {
    /// Every chain of names the body reads, aliases replaced by what they stand for.
    var references: [ChainFact]
    /// Every call whose callee is a name or a chain of names.
    var calls: [CallFact]
    /// Calls of the function's own closure parameters (`changes(backgroundContext)`): what a
    /// transaction wrapper hands its body.
    var parameterCalls: [ParameterCallFact] = []
    /// Closure parameters passed on to another call (`db.afterNextTransaction(onCommit: completion)`).
    var forwardedParameters: [ParameterForwardFact] = []
}

/// `body(self.backgroundContext)`: the parameter called, and each argument's chain.
struct ParameterCallFact: Codable, Sendable, Hashable {
    var parameter: Int
    var arguments: [[String]?]
}

/// A parameter handed to another call as an argument, and that call's name.
struct ParameterForwardFact: Codable, Sendable, Hashable {
    var parameter: Int
    var callee: String
}

struct ParameterFacts: Codable, Sendable, Equatable {
    /// The argument label; nil for `_`.
    var label: String?
    var name: String
    var hasDefault: Bool
    var isVariadic: Bool
    /// A function type marked `@escaping`, or an optional function type (escaping implicitly).
    var isEscapingClosure: Bool = false
    /// A function type that is not escaping: a closure passed here runs during the call.
    var isNonEscapingClosure: Bool = false
    /// The default value when it is a chain of names (`context: Context = DataController.viewContext`).
    var defaultChain: [String]?
    var defaultLine: Int = 0
    var defaultColumn: Int = 0
}

/// `self.store.pool`, `db`, `Database.main`: a root name and the members read after it.
struct ChainFact: Codable, Sendable, Hashable {
    var root: String
    var members: [String]
    var line: Int
    var column: Int
    /// Set when the chain is read only on the path where this optional parameter is nil
    /// (`guard let db else { … }`, `db ?? Store.main`): a caller that passes a handle never runs it.
    var nilPathOf: Int?
    /// Why the chain is read in a closure that may run later (`Task {}`, a completion handler).
    var deferredBy: String?
    /// When the chain is the receiver of a call, the parameters that call is handed
    /// (`DataController.perform(context: context)`): handed the transaction handle, it runs inside.
    var handedParameters: [Int] = []
}

/// `helper(a, on: b)`, `Outbox.markSent(db)`, `self.repo.save(x)`.
struct CallFact: Codable, Sendable, Hashable {
    /// The callee's receiver chain; nil for an unqualified call.
    var receiver: [String]?
    var name: String
    var labels: [String?]
    var trailingClosures: Int
    /// Each argument's chain (root first), nil when the argument is not a plain chain.
    var arguments: [[String]?]
    var line: Int
    var column: Int
    var nilPathOf: Int?
    var deferredBy: String?
}

/// What intxcheck knows about one database library: which calls open a transaction, which
/// argument is the transaction body, on which store types, and which members of the outer store
/// are safe to use inside one. Built-in profiles are data of this shape; `--method` and the
/// configuration's `methods` and `allow` add to it.
public struct LibraryProfile: Sendable, Hashable {
    /// A call that runs a closure inside a transaction.
    public struct TransactionMethod: Sendable, Hashable {
        public var name: String
        /// The label of the argument that is the transaction body when the method takes several
        /// closures (`writeAsync(updates:completion:)`: `updates`); nil: the trailing closure.
        public var bodyLabel: String?
        /// The types whose method this is. A call whose receiver is declared with another type
        /// (`textView.update { … }`) is no transaction; an unknown receiver type still counts.
        /// Empty: any receiver.
        public var storeTypes: [String] = []
        /// The types of the closure's handle. A call on a receiver declared as one of these is
        /// the handle's own API (a savepoint on the transaction), never an escape from it.
        public var handleTypes: [String] = []

        public init(_ name: String, bodyLabel: String? = nil) {
            self.name = name
            self.bodyLabel = bodyLabel
        }
    }

    public var name: String
    public var transactionMethods: [TransactionMethod]
    /// Members of the outer store the library documents as safe inside a transaction (thread-safe,
    /// re-entrant, or no database access at all): `makeSnapshot`, `logger`. Written `member` or
    /// `StoreType.member`; the type part documents where it comes from.
    public var safeMembers: [String]
    /// Methods whose closures the library runs after the transaction (GRDB's
    /// `afterNextTransaction`): uses there are reported under the escaping-closure rule.
    public var afterTransactionCallbacks: [String] = []
    /// Calls that may be handed the outer store inside a transaction, written `name(label:)`:
    /// `start(in:)` (GRDB starts an observation on the writer, documented as safe inside an
    /// access), `mergeChanges(into:)` (Core Data merges into each context on its own queue).
    public var safeArgumentCalls: [String] = []

    /// Members that are never a database call, under every profile and for custom stores:
    /// swift-log's `logger`, on servers and clients alike.
    static let universallySafeMembers: Set<String> = ["logger"]

    /// `storeTypes` and `handleTypes` are the library's, given to each of its methods.
    public init(
        name: String, transactionMethods: [TransactionMethod], storeTypes: [String] = [], handleTypes: [String] = [],
        safeMembers: [String] = [], afterTransactionCallbacks: [String] = [], safeArgumentCalls: [String] = []
    ) {
        self.afterTransactionCallbacks = afterTransactionCallbacks
        self.safeArgumentCalls = safeArgumentCalls
        self.name = name
        self.transactionMethods = transactionMethods.map { method in
            var method = method
            method.storeTypes = storeTypes
            method.handleTypes = handleTypes
            return method
        }
        self.safeMembers = safeMembers
    }

    /// Several profiles as one: methods and safe members of all of them. A method two profiles
    /// share takes either's body label and the store types of both (any receiver if either
    /// allows any).
    public static func merged(_ profiles: [LibraryProfile], name: String) -> LibraryProfile {
        var methods: [String: TransactionMethod] = [:]
        for method in profiles.flatMap(\.transactionMethods) {
            guard var existing = methods[method.name] else {
                methods[method.name] = method
                continue
            }
            existing.bodyLabel = existing.bodyLabel ?? method.bodyLabel
            existing.handleTypes = Array(Set(existing.handleTypes + method.handleTypes)).sorted()
            existing.storeTypes = existing.storeTypes.isEmpty || method.storeTypes.isEmpty
                ? [] : Array(Set(existing.storeTypes + method.storeTypes)).sorted()
            methods[method.name] = existing
        }
        var merged = LibraryProfile(
            name: name, transactionMethods: [], safeMembers: Array(Set(profiles.flatMap(\.safeMembers))).sorted(),
            afterTransactionCallbacks: Array(Set(profiles.flatMap(\.afterTransactionCallbacks))).sorted(),
            safeArgumentCalls: Array(Set(profiles.flatMap(\.safeArgumentCalls))).sorted())
        merged.transactionMethods = methods.values.sorted { $0.name < $1.name }
        return merged
    }

    /// Safe member names without their type qualification.
    var safeMemberNames: Set<String> {
        Set(safeMembers.map { $0.split(separator: ".").last.map(String.init) ?? $0 }).union(Self.universallySafeMembers)
    }

    /// The types whose values are connections: a sibling of the store of one of these types is
    /// another connection, not the transaction's.
    var connectionTypes: Set<String> {
        Set(transactionMethods.flatMap { $0.storeTypes + $0.handleTypes })
    }

    /// A stable text form for cache keys.
    var cacheDescription: String {
        transactionMethods.map {
            $0.name + ($0.bodyLabel.map { "(\($0):)" } ?? "") + "@" + $0.storeTypes.joined(separator: "|") + "/" + $0.handleTypes.joined(separator: "|")
        }
            .joined(separator: ",") + ";safe=" + safeMembers.sorted().joined(separator: ",")
            + ";after=" + afterTransactionCallbacks.sorted().joined(separator: ",")
            + ";safeCalls=" + safeArgumentCalls.sorted().joined(separator: ",")
    }
}

/// What intxcheck knows about one database library: which calls open a transaction, which
/// argument is the transaction body, and which members of the outer store are safe to use
/// inside one. Built-in profiles are data of this shape; `--method` and the configuration's
/// `methods` and `allow` add to it.
public struct LibraryProfile: Sendable, Hashable {
    /// A call that runs a closure inside a transaction.
    public struct TransactionMethod: Sendable, Hashable {
        public var name: String
        /// The label of the argument that is the transaction body when the method takes several
        /// closures (`writeAsync(updates:completion:)`: `updates`); nil: the trailing closure.
        public var bodyLabel: String?

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

    public init(name: String, transactionMethods: [TransactionMethod], safeMembers: [String] = []) {
        self.name = name
        self.transactionMethods = transactionMethods
        self.safeMembers = safeMembers
    }

    /// Several profiles as one: methods and safe members of all of them.
    public static func merged(_ profiles: [LibraryProfile], name: String) -> LibraryProfile {
        var methods: [String: TransactionMethod] = [:]
        for method in profiles.flatMap(\.transactionMethods) where methods[method.name]?.bodyLabel == nil {
            methods[method.name] = method
        }
        return LibraryProfile(
            name: name, transactionMethods: methods.values.sorted { $0.name < $1.name },
            safeMembers: Array(Set(profiles.flatMap(\.safeMembers))).sorted())
    }

    /// Safe member names without their type qualification.
    var safeMemberNames: Set<String> {
        Set(safeMembers.map { $0.split(separator: ".").last.map(String.init) ?? $0 })
    }

    /// A stable text form for cache keys.
    var cacheDescription: String {
        transactionMethods.map { $0.name + ($0.bodyLabel.map { "(\($0):)" } ?? "") }.joined(separator: ",")
            + ";safe=" + safeMembers.sorted().joined(separator: ",")
    }
}

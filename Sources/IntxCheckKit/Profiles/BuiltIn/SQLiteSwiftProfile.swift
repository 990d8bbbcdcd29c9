extension LibraryProfile {
    /// SQLite.swift: `db.transaction { … }` and `db.savepoint { … }` take a closure without a
    /// handle: the connection itself is the handle, so nothing can escape through it; another
    /// connection used inside still can when the closure names one.
    /// https://github.com/stephencelis/SQLite.swift/blob/master/Documentation/Index.md#transactions-and-savepoints
    public static let sqliteSwift = LibraryProfile(
        name: "sqliteswift", transactionMethods: [.init("transaction"), .init("savepoint")], storeTypes: ["Connection"], handleTypes: ["Connection"])
}

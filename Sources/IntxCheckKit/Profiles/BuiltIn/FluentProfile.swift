extension LibraryProfile {
    /// Fluent: `req.db.transaction { db in … }`.
    /// https://docs.vapor.codes/fluent/transaction/ — "use the database passed into the closure".
    /// `logger` and `eventLoop` are plain properties of `Database`, no query.
    public static let fluent = LibraryProfile(
        name: "fluent", transactionMethods: [.init("transaction")], storeTypes: ["Database"], handleTypes: ["Database"],
        safeMembers: ["Database.logger", "Database.eventLoop", "Database.context", "Database.history"])
}

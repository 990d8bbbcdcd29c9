extension LibraryProfile {
    /// PostgresNIO: `client.withTransaction { connection in … }` and `withConnection`.
    /// https://swiftpackageindex.com/vapor/postgres-nio/documentation/postgresnio/postgresclient —
    /// queries inside must go through the closure's connection; `logger` is no query.
    public static let postgresNIO = LibraryProfile(
        name: "postgresnio", transactionMethods: [.init("withTransaction"), .init("withConnection")],
        storeTypes: ["PostgresClient"], handleTypes: ["PostgresConnection"], safeMembers: ["PostgresClient.logger"])
}

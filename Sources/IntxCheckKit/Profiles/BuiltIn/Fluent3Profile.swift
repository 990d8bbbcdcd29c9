extension LibraryProfile {
    /// Fluent 3 (Vapor 3): `req.transaction(on: .psql) { conn in … }`. The request is the
    /// store: `user.save(on: req)` inside escapes the transaction, `user.save(on: conn)` does not.
    /// https://docs.vapor.codes/3.0/fluent/transaction/ — "use the connection passed into the
    /// closure". The request's other members (content, parameters, headers, the event loop,
    /// its container) do no query, and `flatten(on: req)` only uses its event loop.
    public static let fluent3 = LibraryProfile(
        name: "fluent3", transactionMethods: [.init("transaction")], storeTypes: ["Request", "Container", "DatabaseConnectable"],
        safeMembers: [
            "Request.content", "Request.parameters", "Request.http", "Request.eventLoop", "Request.future", "Request.make",
            "Request.redirect", "Request.response", "Request.query", "Request.headers", "Request.client", "Request.view",
            "Request.privateContainer", "Request.sharedContainer", "Request.requireAuthenticated", "Request.authenticated",
        ],
        safeArgumentCalls: ["flatten(on:)", "map(on:)", "flatMap(on:)", "do(on:)", "andAll(eventLoop:)"])
}

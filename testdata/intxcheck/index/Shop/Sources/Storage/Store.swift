/// The database: `inTx` runs its body in a transaction and hands it the transaction handle.
public final class Store: Sendable {
    public init() {}

    public func inTx(_ body: (Tx) throws -> Void) rethrows {
        try body(Tx())
    }

    public func save(_ record: String) {}
}

/// The transaction handle.
public struct Tx: Sendable {
    public func save(_ record: String) {}
}

/// What the app's code hands around: the store is one of its members.
public final class App: Sendable {
    public let store = Store()

    public init() {}
}

/// Just enough of a store for the target to compile: the build tool plugins check a target as
/// part of building it.
struct Order: Sendable {
    let id: String
}

struct AuditEntry {
    let orderID: String

    init(_ order: Order) { orderID = order.id }
}

final class Store {
    func inTx(_ body: (Transaction) throws -> Void) throws { try body(Transaction()) }
    func insert(_ entry: AuditEntry) throws {}
}

final class Transaction {
    func insert(_ order: Order) throws {}
    func insert(_ entry: AuditEntry) throws {}
}

struct Entry: Sendable {
    let id: String
}

struct AuditRecord {
    let entryID: String

    init(_ entry: Entry) { entryID = entry.id }
}

final class Store {
    func inTx(_ body: (Transaction) throws -> Void) throws { try body(Transaction()) }
    func insert(_ record: AuditRecord) throws {}
}

final class Transaction {
    func insert(_ entry: Entry) throws {}
    func insert(_ record: AuditRecord) throws {}
}

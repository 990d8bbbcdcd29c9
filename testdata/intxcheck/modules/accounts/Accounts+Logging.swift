// The other half of `Accounts`: helpers the transaction in Accounts.swift calls.

import Foundation

extension Accounts {
    func logTransfer(_ amount: Int) throws {
        try store.insert("transfer \(amount)")
    }

    /// Through an alias and a further helper.
    func audit(_ amount: Int) throws {
        try logTransfer(amount)
    }

    func archive(orderID: Int, connection: Connection) throws {
        try connection.execute("UPDATE orders SET archived = 1 WHERE id = \(orderID)")
    }

    func archive(orderID: Int) throws {
        let outer = self.store
        try outer.execute("UPDATE orders SET archived = 1 WHERE id = \(orderID)")
    }

    /// Receives the handle and reaches the outer store anyway: a real bug.
    func save(_ amount: Int, on db: Connection) throws {
        try db.insert(amount)
        try store.insert("mirror \(amount)")
    }

    func record(_ amount: Int, on db: Connection) throws {
        try db.insert(amount)
        store.logger.info("recorded \(amount)") // a safe member with --allow logger
    }

    func format(_ amount: Int) -> String { "\(amount)" }
}

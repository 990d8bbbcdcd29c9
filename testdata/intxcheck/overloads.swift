// A helper call resolves to the overloads whose labels and arity fit; when several fit, it is
// reported only if every one uses the store.

final class Orders {
    let pool: Pool

    init(pool: Pool) { self.pool = pool }

    func archiveAll(_ ids: [Int]) async throws {
        try await pool.inTx { connection in
            for id in ids {
                try await archive(orderID: id, connection: connection)
                try await archive(orderID: id) // want "'archive\(\)' uses outer store 'pool'"
                try await purge(id) // want "'purge\(\)' uses outer store 'pool'"
                try await touch(id)
                try await touch(id, force: true) // want "'touch\(\)' uses outer store 'pool'"
            }
        }
    }

    // The overload that takes the handle.
    func archive(orderID: Int, connection: Connection) async throws {
        try await connection.execute("UPDATE orders SET archived = 1 WHERE id = \(orderID)")
    }

    // The overload that reaches the pool.
    func archive(orderID: Int) async throws {
        try await pool.execute("UPDATE orders SET archived = 1 WHERE id = \(orderID)")
    }

    // Two overloads fit `purge(id)` (the second's extra parameter has a default); both use the pool.
    func purge(_ id: Int) async throws { try await pool.execute("DELETE FROM orders WHERE id = \(id)") }
    func purge(_ id: Int, cascade: Bool = true) async throws { try await pool.execute("DELETE FROM items WHERE order_id = \(id)") }

    // Two overloads fit `touch(id)` and only one uses the pool: no guess. `touch(id, force:)` fits one.
    func touch(_ id: Int) async throws {}
    func touch(_ id: Int, force: Bool = false) async throws { try await pool.execute("UPDATE orders SET touched = 1") }
}

// Recursion with the handle on the store type's own self, and a cycle across files.

extension Store {
    func loadProfile(_ id: Int) throws {
        try inTx { db in
            try loadProfile(db, id)
        }
    }
}

final class Orders {
    let pool: Pool

    init(pool: Pool) { self.pool = pool }

    func sweep() throws {
        try pool.inTx { conn in
            try ping() // a cycle that never reaches the pool
            try conn.execute("VACUUM")
        }
    }
}

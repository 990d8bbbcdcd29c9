extension Outbox {
    static func markSent(_ db: DB, _ id: Int) throws {
        try db.execute("UPDATE outbox SET sent = 1 WHERE id = \(id)")
    }

    static func markFailed(_ id: Int) throws {
        try Database.main.execute("UPDATE outbox SET failed = 1 WHERE id = \(id)")
    }

    /// Reads through the caller's handle when it has one, else opens its own transaction.
    static func load(_ id: Int, _ db: DB? = nil) throws -> Row {
        guard let db else {
            return try Database.main.inTx { db in try load(id, db) }
        }
        return try db.fetch(id)
    }

    static func purge(_ id: Int, in db: DB) throws {
        try deleteRows(id, db)
    }
}

func deleteRows(_ id: Int, _ db: DB) throws {
    try db.execute("DELETE FROM outbox WHERE id = \(id)")
}

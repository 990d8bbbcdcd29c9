// intxcheck-flags: --method transaction --method write
// Fluent, GRDB and PostgresNIO name their transaction methods differently.

func fluent(req: Request) async throws {
    try await req.db.transaction { db in
        try await Todo.query(on: req.db).all() // want "outer store 'req.db' passed as an argument inside transaction; use transaction handle 'db' instead"
        try await Todo.query(on: db).all()
    }
}

func grdb(dbQueue: DatabaseQueue) throws {
    try dbQueue.write { db in
        try dbQueue.read { _ in } // want "outer store 'dbQueue' used inside write; use transaction handle 'db' instead"
        try Player.fetchAll(db)
    }
}

func defaultMethodsReplaced(store: Store) throws {
    try store.inTx { tx in
        try store.insert("inTx is not in the list now")
    }
}

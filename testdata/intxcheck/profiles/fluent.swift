// intxcheck-flags: --profile fluent
// Fluent: req.db.transaction { db in … }; the database's logger and event loop are no query.

func transfer(req: Request, from: Account, to: Account, amount: Int) async throws {
    try await req.db.transaction { db in
        from.balance -= amount
        to.balance += amount
        try await from.save(on: db)
        try await to.save(on: req.db) // want "outer store 'req.db' passed as an argument inside transaction; use transaction handle 'db' instead"
        req.db.logger.info("transferred \(amount)")
        _ = req.db.eventLoop
    }
}

func audit(app: Application, db: Database, view: Canvas) async throws {
    try await app.db.transaction { tx in
        try await tx.query(Log.self).delete()
        _ = app.db.context
        _ = app.db.history
        try await app.db.query(Log.self).delete() // want "outer store 'app.db' used inside transaction"
    }
    // A receiver declared as another type: no transaction.
    view.transaction { layer in view.redraw() }
}

// intxcheck-flags: --profile sqliteswift
// SQLite.swift: transaction and savepoint closures take no handle; the connection is the handle,
// so using it inside is right and nothing here is flagged.

func move(db: Connection, amount: Int) throws {
    try db.transaction {
        try db.run(accounts.filter(id == 1).update(balance -= amount))
        try db.run(accounts.filter(id == 2).update(balance += amount))
    }
    try db.savepoint("move") {
        try db.run(audit.insert(note <- "moved"))
    }
}

// Another type's transaction with a handle is not SQLite.swift's: no transaction.
func edit(document: Document) {
    document.transaction { change in document.undo() }
}

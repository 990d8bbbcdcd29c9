// Code that must produce no finding.

func shadowedByParameter(db: Database) throws {
    try db.inTx { db in
        try db.insert("the closure's own db")
    }
}

func shadowedByLocal(store: Store) throws {
    try store.inTx { tx in
        let store = tx
        try store.insert("a")
    }
}

func shadowedByGuard(store: Store) throws {
    try store.inTx { tx in
        guard let store = tx as? SQLStore else { return }
        try store.insert("a")
    }
}

func shadowedByLocalFunction(store: Store) throws {
    try store.inTx { tx in
        func helper(store: Transaction) throws {
            try store.insert("parameter of the local function")
        }
        try helper(store: tx)
    }
}

func shadowedByClosureParameter(store: Store, rows: [Row]) throws {
    try store.inTx { tx in
        rows.forEach { store in
            _ = store
        }
        try tx.insert(rows)
    }
}

func differentStore(primary: Store, audit: Store) throws {
    try primary.inTx { tx in
        try audit.insert("another store entirely")
        try tx.insert("a")
    }
}

func afterTheClosure(store: Store) throws {
    try store.inTx { tx in
        try tx.insert("a")
    }
    try store.insert("after the transaction")
    store.inTx { tx in tx.insert("b") }; try store.insert("same line, after")
}

func commentsAndStrings(store: Store) throws {
    try store.inTx { tx in
        // store.insert("in a comment")
        /* store.delete() */
        let sql = "store.insert(x)"
        try tx.run(sql)
    }
}

func noParameter(store: Store) throws {
    // SQLite.swift / Realm style: the receiver is the handle inside.
    try store.inTx {
        try store.insert("a")
    }
}

func notATransactionMethod(store: Store) throws {
    try store.perform { tx in
        try store.insert("perform is not a transaction method by default")
    }
}

func memberNamedLikeStore(store: Store, other: Holder) throws {
    try store.inTx { tx in
        try other.store.insert("a member called store on another value")
        try tx.insert("b")
    }
}

final class ConnectionPool {
    let store: Store
    let logger: Logger

    init(store: Store, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    func work() throws {
        try store.inTx { tx in
            logger.info("not a store")
            self.logger.info("not a store either")
            try tx.insert("a")
        }
    }
}

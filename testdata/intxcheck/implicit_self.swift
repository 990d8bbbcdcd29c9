// `inTx` called on implicit `self` inside a store type: `self` is the outer store.

final class Database {
    var logger = Logger()

    func inTx<T>(_ body: (Transaction) throws -> T) rethrows -> T { fatalError() }
    func insert(_ row: Row) throws {}
    func count() throws -> Int { 0 }

    func importRows(_ rows: [Row]) throws {
        try inTx { tx in
            try tx.insert(rows[0])
            try insert(rows[1]) // want "outer store 'self' used inside inTx; use transaction handle 'tx' instead"
            try self.insert(rows[2]) // want "outer store 'self' used inside inTx"
            logger.info("rows imported") // a property, not a database call
            self.logger.info("done")
            audit(self) // want "outer store 'self' passed as an argument inside inTx"
        }
    }

    func explicitSelfReceiver() throws {
        try self.inTx { tx in
            _ = try count() // want "outer store 'self' used inside inTx; use transaction handle 'tx' instead"
            _ = try tx.count()
        }
    }

    func aliasOfSelf() throws {
        let me = self
        try inTx { tx in
            _ = try me.count() // want "outer store 'self' used through alias 'me' inside inTx"
            _ = tx
        }
    }
}

func audit(_ database: Database) {}

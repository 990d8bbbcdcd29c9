// intxcheck-flags: --profile grdb
// GRDB: access methods of DatabaseQueue/DatabasePool, the members its documentation calls safe
// inside an access, and writeAsync's body argument.

final class PlayerStore {
    let dbQueue: DatabaseQueue

    init(dbQueue: DatabaseQueue) { self.dbQueue = dbQueue }

    func renamePlayer(id: Int64, name: String) throws {
        try dbQueue.write { db in
            try Player.filter(id: id).updateAll(db, Column("name").set(to: name))
            let count = try dbQueue.read { db in try Player.fetchCount(db) } // want "outer store 'dbQueue' used inside write; use transaction handle 'db' instead"
            let snapshot = try dbQueue.makeSnapshot()
            dbQueue.interrupt()
            dbQueue.suspend()
            dbQueue.resume()
            dbQueue.asyncConcurrentRead { result in _ = result }
            try dbQueue.unsafeReentrantWrite { db in try Player.deleteAll(db) }
            _ = dbQueue.configuration
            _ = (count, snapshot)
        }
    }

    func purge() {
        dbQueue.writeAsync(updates: { db in
            try Player.deleteAll(db)
            _ = try self.dbQueue.read { db in try Player.fetchCount(db) } // want "outer store 'dbQueue' used inside writeAsync"
        }, completion: { _, result in
            // The completion runs after the transaction: it is not the transaction's body.
            self.dbQueue.asyncWrite({ db in try Player.deleteAll(db) }, completion: { _, _ in })
            _ = result
        })
        dbQueue.writeAsync { db in
            try Player.deleteAll(db)
            try dbQueue.inDatabase { db in try db.execute(sql: "VACUUM") } // want "outer store 'dbQueue' used inside writeAsync"
        } completion: { _, _ in
            try? self.dbQueue.write { db in try Player.deleteAll(db) }
        }
    }
}

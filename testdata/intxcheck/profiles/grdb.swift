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
            _ = dbQueue.path
            try dbQueue.unsafeReentrantRead { db in try Player.fetchCount(db) }
            let future = dbQueue.spawnConcurrentRead { db in try Player.fetchCount(db) }
            _ = (count, snapshot, future)
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

/// The usual GRDB app setup: a wrapper whose writer is typed `any DatabaseWriter`.
struct AppDatabase {
    let dbWriter: any DatabaseWriter

    func savePlayer(_ player: inout Player) throws {
        try dbWriter.write { db in
            try player.save(db)
            _ = try dbWriter.read { db in try Player.fetchCount(db) } // want "outer store 'dbWriter' used inside write"
        }
    }
}

/// Database is the handle's type: its own inTransaction is a savepoint inside the access.
func inner(db: Database) throws {
    try db.inTransaction {
        try db.execute(sql: "DELETE FROM player")
        return .commit
    }
}

func snapshotPool(pool: DatabasePool) throws {
    try pool.write { db in
        let snapshots = try pool.makeSnapshotPool()
        _ = snapshots
        try pool.write { _ in } // want "outer store 'pool' used inside write"
    }
}

func refresh(app: AppDatabase, other: SomeReader) throws {
    // Reached through a property whose type the file declares.
    try app.dbWriter.write { db in
        try app.dbWriter.read { _ in } // want "outer store 'app.dbWriter' used inside write"
    }
    // A receiver of unknown type still counts.
    let unknown = makeWriter()
    try unknown.read { db in
        try unknown.read { _ in } // want "outer store 'unknown' used inside read"
    }
    // A parameter declared as another type does not.
    try other.read { db in
        try other.read { _ in }
    }
}

/// The same method names on receivers declared as other types are no transaction.
final class Editor {
    let cache = LocalCache()
    let stream: OutputStream

    init(stream: OutputStream) { self.stream = stream }

    func edit(file: FileHandle, textView: TextView?) {
        file.write { handle in file.synchronizeFile() }
        stream.write { buffer in self.stream.flush() }
        cache.read { value in self.cache.clear() }
        textView?.read { text in textView?.reset() }
    }
}

/// GRDB runs afterNextTransaction's closure after the transaction: a warning, not an error.
func notifyAfterCommit(dbQueue: DatabaseQueue) throws {
    try dbQueue.write { db in
        try Player.deleteAll(db)
        db.afterNextTransaction { _ in
            _ = try? dbQueue.read { db in try Player.fetchCount(db) } // want "outer store 'dbQueue' used in an 'afterNextTransaction' callback inside write"
        }
    }
}

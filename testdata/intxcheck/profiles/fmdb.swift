// intxcheck-flags: --profile fmdb
// FMDB: the database handed to the block; re-entering the queue deadlocks.

func rename(queue: FMDatabaseQueue, id: Int, name: String) {
    queue.inTransaction { db, rollback in
        do {
            try db.executeUpdate("UPDATE items SET name = ? WHERE id = ?", values: [name, id])
            queue.inDatabase { other in _ = other.lastInsertRowId } // want "outer store 'queue' used inside inTransaction; use transaction handle 'db' instead"
            print(queue.path ?? "")
        } catch {
            rollback.pointee = true
        }
    }
}

func compact(pool: FMDatabasePool, cache: DiskCache) {
    pool.inDatabase { db in
        pool.inDatabase { other in _ = other.lastInsertRowId } // want "outer store 'pool' used inside inDatabase"
    }
    // A cache's inDatabase is not FMDB's.
    cache.inDatabase { entry in cache.evict() }
}

// intxcheck-flags: --profile grdb
// Shapes seen in real GRDB apps: the optional-handle idiom written with `guard let`, timing
// judged at every hop, calls GRDB documents as safe inside an access, the store passed next to
// the handle, overloads told apart by their labels, and after-commit callbacks.

final class Storage {
    static let shared = Storage()
    let pool: DatabasePool
    let logger = Logger(label: "storage")

    init() { pool = try! DatabasePool(path: "app.sqlite") }

    // The closure's `db` exists inside the closure only: after the guard, `db` is the parameter
    // again, so `derive(db)` hands the caller's handle on.
    static func fetchKeyPair(_ db: Database? = nil) -> KeyPair? {
        guard let db = db else { return Storage.shared.pool.read { db in fetchKeyPair(db) } }
        return (try? KeyPair.fetchOne(db)) ?? derive(db)
    }

    static func derive(_ db: Database? = nil) -> KeyPair? {
        guard let db else { return Storage.shared.pool.read { db in derive(db) } }
        return try? KeyPair.derive(in: db)
    }

    // `if let`, `for` and `catch` names do not outlive their blocks either.
    static func loadSettings(_ db: Database? = nil) -> Settings? {
        if let cached = Settings.cache { _ = cached }
        for db in [Database]() { _ = db }
        do { try Settings.validate() } catch { _ = error }
        guard let db else { return Storage.shared.pool.read { db in loadSettings(db) } }
        return try? Settings.fetchOne(db)
    }

    static func rotateKeys() throws {
        try Storage.shared.pool.write { db in
            _ = Storage.fetchKeyPair(db)
            _ = Storage.loadSettings(db)
            _ = Storage.fetchKeyPair() // want "'fetchKeyPair\(\)' uses outer store 'Storage.shared.pool' \(line 16\) inside write"
            // A Task in a helper runs after the transaction: the escaping rule, at any hop.
            Storage.shared.refreshLater() // want "in a Task in 'refreshLater\(\)' inside write; it may run outside the transaction"
            // A signal built and returned lazily runs when subscribed to.
            _ = Storage.shared.peerSignal(id: 1) // want "a pipeline built with '\|>'"
            // A closure kept by an initializer runs when the menu item is picked.
            _ = Storage.shared.menuItem() // want "a closure kept by 'MenuItem\(…\)'"
            // The module declares these parameters: @escaping runs later, non-escaping now.
            Storage.shared.schedule { _ = try? Storage.shared.pool.read { _ in 1 } } // want "a closure 'schedule' declares @escaping inside write"
            Storage.shared.measure { _ = try? Storage.shared.pool.read { _ in 1 } } // want "outer store 'Storage.shared.pool' used inside write; use transaction handle 'db' instead"
        }
    }

    func refreshLater() {
        Task { try? await self.pool.write { db in try Peer.deleteAll(db) } }
    }

    func peerSignal(id: Int64) -> Signal<Peer?, NoError> {
        return Signal.single(id) |> mapToSignal { id in
            self.pool.readSignal { db in try Peer.fetchOne(db, key: id) }
        }
    }

    func menuItem() -> MenuItem {
        MenuItem(title: "Clear", handler: { try? self.pool.write { db in try Peer.deleteAll(db) } })
    }

    func schedule(_ work: @escaping () -> Void) { queue.append(work) }
    func measure(_ work: () -> Void) { work() }
}

final class Maintenance {
    let dbPool: DatabasePool
    let logger: Logger

    init(dbPool: DatabasePool, logger: Logger) {
        self.dbPool = dbPool
        self.logger = logger
    }

    // GRDB's scheduling methods only enqueue work; the SQLCipher passphrase recipe empties the
    // reader pool from inside a barrier; observations start on the writer; `logger` is no query.
    func changePassphrase(_ passphrase: String) throws {
        try dbPool.barrierWriteWithoutTransaction { db in
            try db.changePassphrase(passphrase)
            dbPool.invalidateReadOnlyConnections()
            dbPool.asyncRead { _ in }
            dbPool.asyncWrite({ db in try Log.deleteAll(db) }, completion: { _, _ in })
            dbPool.asyncWriteWithoutTransaction { db in try db.execute(sql: "VACUUM") }
            dbPool.asyncBarrierWriteWithoutTransaction { _ in }
            let cancellable = ValueObservation.tracking(Log.fetchAll).start(in: dbPool, onError: { _ in }, onChange: { _ in })
            let publisher = DatabaseRegionObservation(tracking: Log.all()).publisher(in: dbPool)
            dbPool.logger.info("passphrase changed")
            self.logger.info("done")
            _ = (cancellable, publisher)
        }
    }
}

// The store passed next to the handle: a call handed the transaction's handle runs inside it.
// A callee outside the module is taken at its word; one inside is followed on the handle's path.
final class PostWriter {
    let database: DatabasePool

    init(database: DatabasePool) { self.database = database }

    func publish(_ post: Post) throws {
        try database.write { core in
            try post.write(to: database, core: core)
            try record(post, in: database, core: core)
            try recordCarelessly(post, in: database, core: core) // want "'recordCarelessly\(\)' uses outer store 'database'"
            try insertMessage(database: core, message: post.title)
            try insertMessage(message: post.title) // want "'insertMessage\(\)' uses outer store 'database'"
        }
    }

    func record(_ post: Post, in database: DatabasePool, core: Database) throws {
        try post.insert(core)
    }

    func recordCarelessly(_ post: Post, in database: DatabasePool, core: Database) throws {
        try database.write { db in try post.insert(db) }
    }

    // Overloads: the call's labels pick one.
    func insertMessage(database: Database, message: String) throws {
        try Message(text: message).insert(database)
    }

    func insertMessage(message: String) throws {
        try self.database.write { db in try Message(text: message).insert(db) }
    }
}

// A wrapper that forwards its completion into GRDB's after-commit callback: a closure passed to
// it is an after-commit callback too.
final class UserDAO {
    let dbPool: DatabasePool

    init(dbPool: DatabasePool) { self.dbPool = dbPool }

    func update(_ user: User, in db: Database, completion: ((Database) -> Void)? = nil) throws {
        try user.update(db)
        if let completion { db.afterNextTransaction(onCommit: completion) }
    }

    func rename(_ user: User, to name: String) throws {
        try dbPool.write { db in
            user.name = name
            try self.update(user, in: db) { _ in _ = try? self.dbPool.read { db in try User.fetchCount(db) } } // want "in an 'afterNextTransaction' callback, through 'update' inside write"
        }
    }
}

// Facts of declarations, stated where they are declared (a want comment with fact:"regex" on the
// line of a function's name): what the module pass will read of each body.

final class Storage {
    static let shared = Storage()
    let pool: DatabasePool
    var context: Context { pool.viewContext }

    init(pool: DatabasePool) { self.pool = pool }

    // The closure's `db` ends with the closure: after the guard, `db` is the parameter again.
    static func fetchKeyPair(_ db: Database? = nil) -> KeyPair? { // want fact:"calls derive\(db\)" fact:"reads Storage.shared.pool.read when 'db' is nil"
        guard let db = db else { return Storage.shared.pool.read { db in fetchKeyPair(db) } }
        return derive(db)
    }

    static func derive(_ db: Database) -> KeyPair? { nil } // want fact:"param db$"

    // `??` reads its right side only when the parameter is nil; the local stays the parameter.
    func categories(context: Context? = nil) -> [Category] { // want fact:"reads self.context when 'context' is nil" fact:"calls fetchAll\(context\)"
        let context = context ?? self.context
        return fetchAll(context)
    }

    func fetchAll(_ context: Context) -> [Category] { [] }

    // A helper's own Task runs later.
    func refreshLater() { // want fact:"reads self.pool.write later \(a Task\)"
        Task { try? await self.pool.write { db in try Peer.deleteAll(db) } }
    }

    // A call on the store handed the caller's context.
    static func add(context: WriteContext = .new) { // want fact:"reads DataController.perform handed 'context'"
        DataController.perform(context: context) { context in _ = context }
    }

    // A default that names the store, and a closure parameter forwarded to another call.
    func update(in db: Database, context: Context = Storage.viewContext, completion: @escaping () -> Void) { // want fact:"param context = Storage.viewContext" fact:"param completion @escaping" fact:"forwards 'completion' to afterNextTransaction"
        db.afterNextTransaction(onCommit: completion)
    }

    // A transaction wrapper: what it hands its body.
    func perform(_ body: @escaping (Context) -> Void) { // want fact:"calls 'body' with self.backgroundContext"
        backgroundContext.perform { body(self.backgroundContext) }
    }
}

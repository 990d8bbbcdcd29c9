/// The libraries intxcheck knows, each written from the library's own documentation (cited
/// beside its data). `--profile NAME` or the configuration's `"profiles"` selects them.
extension LibraryProfile {
    public static let builtIn: [LibraryProfile] = [.conventional, .fluent, .fluent3, .grdb, .postgresNIO, .coreData, .fmdb, .sqliteSwift]

    public static func builtIn(named name: String) -> LibraryProfile? {
        builtIn.first { $0.name == name }
    }

    /// `store.inTx { tx in … }`: the convention this tool started from, and what runs with no
    /// profile and no `--method`.
    public static let conventional = LibraryProfile(name: "default", transactionMethods: [.init("inTx"), .init("InTx")])

    /// Fluent: `req.db.transaction { db in … }`.
    /// https://docs.vapor.codes/fluent/transaction/ — "use the database passed into the closure".
    /// `logger` and `eventLoop` are plain properties of `Database`, no query.
    public static let fluent = LibraryProfile(
        name: "fluent", transactionMethods: [.init("transaction")], storeTypes: ["Database"], handleTypes: ["Database"],
        safeMembers: ["Database.logger", "Database.eventLoop", "Database.context", "Database.history"])

    /// Fluent 3 (Vapor 3): `req.transaction(on: .psql) { conn in … }`. The request is the
    /// store: `user.save(on: req)` inside escapes the transaction, `user.save(on: conn)` does not.
    /// https://docs.vapor.codes/3.0/fluent/transaction/ — "use the connection passed into the
    /// closure". The request's other members (content, parameters, headers, the event loop,
    /// its container) do no query, and `flatten(on: req)` only uses its event loop.
    public static let fluent3 = LibraryProfile(
        name: "fluent3", transactionMethods: [.init("transaction")], storeTypes: ["Request", "Container", "DatabaseConnectable"],
        safeMembers: [
            "Request.content", "Request.parameters", "Request.http", "Request.eventLoop", "Request.future", "Request.make",
            "Request.redirect", "Request.response", "Request.query", "Request.headers", "Request.client", "Request.view",
            "Request.privateContainer", "Request.sharedContainer", "Request.requireAuthenticated", "Request.authenticated",
        ],
        safeArgumentCalls: ["flatten(on:)", "map(on:)", "flatMap(on:)", "do(on:)", "andAll(eventLoop:)"])

    /// GRDB: `dbQueue.write { db in … }` and the other access methods of DatabaseWriter and
    /// DatabaseReader.
    /// https://swiftpackageindex.com/groue/grdb.swift/documentation/grdb/concurrency and
    /// https://swiftpackageindex.com/groue/grdb.swift/documentation/grdb/databasewriter:
    /// `writeAsync(updates:completion:)` runs `updates` in the transaction and `completion`
    /// after it; `makeSnapshot()`, `asyncConcurrentRead`, `interrupt()`, `suspend()`,
    /// `resume()` and the `unsafeReentrant…` methods are documented as callable from any thread,
    /// inside an access too; `configuration` and `path` only describe the connection. The
    /// non-blocking scheduling methods (`asyncRead`, `asyncWrite`, …) only enqueue work and return,
    /// and `invalidateReadOnlyConnections()` only empties the reader pool (GRDB's SQLCipher recipe
    /// runs it inside `barrierWriteWithoutTransaction`). Observations are started on the writer
    /// with `start(in:)` / `publisher(in:)`, documented as safe from inside an access.
    public static let grdb = LibraryProfile(
        name: "grdb",
        transactionMethods: [
            .init("write"), .init("read"), .init("inDatabase"), .init("inTransaction"), .init("writeWithoutTransaction"),
            .init("barrierWriteWithoutTransaction"), .init("unsafeRead"), .init("writeAsync", bodyLabel: "updates"),
            .init("asyncWrite"), .init("asyncRead"), .init("asyncWriteWithoutTransaction"),
        ],
        storeTypes: ["DatabaseQueue", "DatabasePool", "DatabaseWriter", "DatabaseReader", "DatabaseSnapshot", "DatabaseSnapshotPool"],
        handleTypes: ["Database"],
        safeMembers: [
            "DatabaseWriter.makeSnapshot", "DatabasePool.makeSnapshotPool", "DatabaseWriter.asyncConcurrentRead",
            "DatabaseWriter.spawnConcurrentRead", "DatabaseReader.interrupt", "DatabaseWriter.suspend", "DatabaseWriter.resume",
            "DatabaseWriter.unsafeReentrantWrite", "DatabaseReader.unsafeReentrantRead", "DatabaseReader.configuration",
            "DatabaseReader.path", "DatabaseWriter.asyncRead", "DatabaseWriter.asyncWrite", "DatabaseWriter.asyncWriteWithoutTransaction",
            "DatabaseWriter.asyncBarrierWriteWithoutTransaction", "DatabasePool.invalidateReadOnlyConnections",
        ],
        // https://swiftpackageindex.com/groue/grdb.swift/documentation/grdb/database/afternexttransaction(oncommit:onrollback:)
        afterTransactionCallbacks: ["afterNextTransaction", "afterNextTransactionCommit"],
        safeArgumentCalls: ["start(in:)", "publisher(in:)"])

    /// PostgresNIO: `client.withTransaction { connection in … }` and `withConnection`.
    /// https://swiftpackageindex.com/vapor/postgres-nio/documentation/postgresnio/postgresclient —
    /// queries inside must go through the closure's connection; `logger` is no query.
    public static let postgresNIO = LibraryProfile(
        name: "postgresnio", transactionMethods: [.init("withTransaction"), .init("withConnection")],
        storeTypes: ["PostgresClient"], handleTypes: ["PostgresConnection"], safeMembers: ["PostgresClient.logger"])

    /// Core Data: `container.performBackgroundTask { context in … }`.
    /// https://developer.apple.com/documentation/coredata/nspersistentcontainer/performbackgroundtask(_:) —
    /// work inside uses the context passed in; `newBackgroundContext()` only creates a context,
    /// and the model and store descriptions are immutable configuration. Reading a context's
    /// `persistentStoreCoordinator` is no fetch, and
    /// https://developer.apple.com/documentation/coredata/nsmanagedobjectcontext/mergechanges(fromremotecontextsave:into:)
    /// merges into each context given on that context's own queue.
    public static let coreData = LibraryProfile(
        name: "coredata", transactionMethods: [.init("performBackgroundTask")],
        storeTypes: ["NSPersistentContainer", "NSPersistentCloudKitContainer"], handleTypes: ["NSManagedObjectContext"],
        safeMembers: [
            "NSPersistentContainer.newBackgroundContext", "NSPersistentContainer.managedObjectModel",
            "NSPersistentContainer.persistentStoreDescriptions", "NSPersistentContainer.name",
            "NSManagedObjectContext.persistentStoreCoordinator",
        ],
        safeArgumentCalls: ["mergeChanges(into:)"])

    /// FMDB: `queue.inTransaction { db, rollback in … }` and its siblings on FMDatabaseQueue.
    /// https://github.com/ccgus/fmdb#using-fmdatabasequeue-and-thread-safety — "use the database
    /// handed to the block"; re-entering the queue deadlocks. `path` is configuration.
    public static let fmdb = LibraryProfile(
        name: "fmdb",
        transactionMethods: [
            .init("inDatabase"), .init("inTransaction"), .init("inDeferredTransaction"), .init("inExclusiveTransaction"),
            .init("inImmediateTransaction"), .init("inSavePoint"),
        ],
        storeTypes: ["FMDatabaseQueue", "FMDatabasePool"], handleTypes: ["FMDatabase"], safeMembers: ["FMDatabaseQueue.path"])

    /// SQLite.swift: `db.transaction { … }` and `db.savepoint { … }` take a closure without a
    /// handle: the connection itself is the handle, so nothing can escape through it; another
    /// connection used inside still can when the closure names one.
    /// https://github.com/stephencelis/SQLite.swift/blob/master/Documentation/Index.md#transactions-and-savepoints
    public static let sqliteSwift = LibraryProfile(
        name: "sqliteswift", transactionMethods: [.init("transaction"), .init("savepoint")], storeTypes: ["Connection"], handleTypes: ["Connection"])
}

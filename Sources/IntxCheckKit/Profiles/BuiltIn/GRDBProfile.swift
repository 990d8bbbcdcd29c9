extension LibraryProfile {
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
}

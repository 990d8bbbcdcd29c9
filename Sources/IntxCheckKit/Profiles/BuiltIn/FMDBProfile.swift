extension LibraryProfile {
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
}

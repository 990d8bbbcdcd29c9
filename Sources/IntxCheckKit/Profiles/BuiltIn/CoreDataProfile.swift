extension LibraryProfile {
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
}

// intxcheck-flags: --profile coredata --method perform --method performAndSave
// Shapes seen in real Core Data apps: helpers that take an optional context and fall back to the
// view context with `??`, a context handed on wrapped in an enum case, a computed `context`
// property and a shared instance, a default argument that names the store, other contexts of the
// store's owner, transaction wrappers of the app's own, and a body passed as the first argument.

enum WriteContext {
    case existing(NSManagedObjectContext)
    case new
}

final class CoreDataStack {
    static let shared = CoreDataStack()
    lazy var container = NSPersistentContainer(name: "Model")
    let backgroundContext: NSManagedObjectContext
    var context: NSManagedObjectContext { container.viewContext }
    var isReady: Bool = false

    init() { backgroundContext = NSPersistentContainer(name: "Model").newBackgroundContext() }

    // `context ?? self.context` reads the view context only when no context was passed.
    func category(named title: String, context: NSManagedObjectContext? = nil) -> Category? {
        let context = context ?? self.context
        return try? context.fetch(Category.request(title)).first
    }

    func categories(context: NSManagedObjectContext? = nil) -> [Category] {
        (try? (context ?? self.context).fetch(Category.all())) ?? []
    }

    func moveCategory(title: String, to position: Int, context: NSManagedObjectContext? = nil) {
        guard let category = category(named: title, context: context) else { return }
        category.sort = Int16(position)
        _ = categories(context: context ?? self.context)
    }

    func blobsSize() -> Int {
        (try? backgroundContext.count(for: Blob.all())) ?? 0
    }

    func info(in context: NSManagedObjectContext) -> Int {
        (try? context.count(for: Entry.all())) ?? 0 + blobsSize()
    }
}

func reorder(title: String, position: Int) async {
    await CoreDataStack.shared.container.performBackgroundTask { context in
        CoreDataStack.shared.moveCategory(title: title, to: position, context: context)
        CoreDataStack.shared.moveCategory(title: title, to: position) // want "'moveCategory\(\)' uses outer store 'CoreDataStack.shared.container' \(line 34\)"
        _ = CoreDataStack.shared.context.hasChanges // want "outer store 'CoreDataStack.shared.container' used inside performBackgroundTask"
        _ = CoreDataStack.shared.isReady
        _ = CoreDataStack.shared.info(in: context) // want "'info\(\)' uses 'backgroundContext' \(line 38\), another connection than the transaction's"
        try? context.save()
    }
}

// An app's own `perform`, a static method of its controller, with a default write context.
final class DataController {
    static var viewContext: NSManagedObjectContext { fatalError() }
    static var viewContextInMemory: NSManagedObjectContext { fatalError() }

    static func perform(context: WriteContext = .new, save: Bool = true, task: @escaping (NSManagedObjectContext) -> Void) {
        switch context {
        case .existing(let existing): task(existing)
        case .new: viewContext.perform { task(viewContext) }
        }
    }
}

final class Favorite {
    static func add(urls: [URL]) {
        DataController.perform { context in
            urls.forEach { addInternal(url: $0, context: .existing(context)) }
            urls.forEach { addInternal(url: $0) } // want "'addInternal\(\)' uses outer store 'DataController'"
            _ = lookup(url: urls[0]) // want "'lookup\(\)' uses outer store 'DataController' \(line 96\)"
            _ = lookup(url: urls[0], context: context)
            // Reading a context's coordinator is no fetch; merging into other contexts is
            // documented to run on each context's own queue.
            let inMemory = DataController.viewContextInMemory.persistentStoreCoordinator
            let contexts = [DataController.viewContext, context]
            NSManagedObjectContext.mergeChanges(fromRemoteContextSave: [:], into: contexts)
            _ = inMemory
        }
    }

    static func addInternal(url: URL, save: Bool = true, context: WriteContext = .new) {
        DataController.perform(context: context, save: save, task: { context in
            _ = all(context: context)
        })
    }

    static func all(context: NSManagedObjectContext? = nil) -> [Favorite] {
        (try? (context ?? DataController.viewContext).fetch(Favorite.request())) ?? []
    }

    static func lookup(url: URL, context: NSManagedObjectContext = DataController.viewContext) -> Favorite? {
        try? context.fetch(Favorite.request(url)).first
    }
}

// A store whose `perform` runs its body on its own background context and hands it that context:
// calls on `self` inside use the same context, not an escape.
final class LoggerStore {
    let container: NSPersistentContainer
    let backgroundContext: NSManagedObjectContext
    var viewContext: NSManagedObjectContext { container.viewContext }

    init(container: NSPersistentContainer) {
        self.container = container
        self.backgroundContext = container.newBackgroundContext()
    }

    func perform(_ changes: @escaping (NSManagedObjectContext) -> Void) {
        backgroundContext.perform { changes(self.backgroundContext) }
    }

    func handle(_ event: Event) {
        perform { _ in
            self.store(event)
            _ = self.backgroundContext.hasChanges
            _ = self.viewContext.hasChanges // want "'self.viewContext' is another connection than the transaction's"
        }
    }

    func store(_ event: Event) {
        _ = EventEntity(context: backgroundContext)
    }
}

// A wrapper that hands the store itself, and a sibling of the store used inside another's body.
final class Companion {
    let context: NSManagedObjectContext
    init(context: NSManagedObjectContext) { self.context = context }

    func perform(body: @escaping (Companion) -> Void) {
        context.performAndWait { body(self) }
    }
}

final class AsyncWrapper {
    let container: NSPersistentContainer
    init(container: NSPersistentContainer) { self.container = container }

    func perform(body: @escaping (Companion) throws -> Void) async throws {
        try await container.performBackgroundTask { context in try body(Companion(context: context)) }
    }
}

final class Storage {
    let main: Companion
    let async: AsyncWrapper

    init(main: Companion, async: AsyncWrapper) {
        self.main = main
        self.async = async
    }
}

final class Syncer {
    let storage: Storage
    init(storage: Storage) { self.storage = storage }

    func sync(ids: [NSManagedObjectID]) async throws {
        try await storage.async.perform { companion in
            _ = ids.map { companion.context.object(with: $0) }
            _ = ids.map { self.storage.main.context.object(with: $0) } // want "'self.storage.main.context' is another connection than the transaction's \(on 'storage.async'\)"
        }
        storage.main.perform { main in
            self.finish(main)
            self.storage.main.context.refreshAllObjects()
        }
    }

    func finish(_ companion: Companion) {}
}

// The body is the first, unlabelled argument; the completion runs after the save.
final class StorageManager {
    let viewStorage: NSManagedObjectContext

    init(viewStorage: NSManagedObjectContext) { self.viewStorage = viewStorage }

    func performAndSave(_ block: @escaping (NSManagedObjectContext) -> Void, completion: (() -> Void)? = nil, on queue: DispatchQueue = .main) {
        let context = viewStorage.newChild()
        context.perform {
            block(context)
            try? context.save()
            queue.async { completion?() }
        }
    }

}

final class OrderStore {
    let storageManager: StorageManager
    init(storageManager: StorageManager) { self.storageManager = storageManager }

    func upsert(_ orders: [Order]) {
        storageManager.performAndSave({ storage in
            _ = orders.map { Order.insert($0, into: storage) }
            _ = self.storageManager.viewStorage.hasChanges // want "outer store 'storageManager' used inside performAndSave; use transaction handle 'storage' instead"
        }, completion: {
            _ = self.storageManager.viewStorage.hasChanges
        }, on: .main)
    }
}

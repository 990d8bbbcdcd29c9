// intxcheck-flags: --profile coredata
// Core Data: performBackgroundTask's closure must use the context it is given.

final class Importer {
    let container: NSPersistentContainer

    init(container: NSPersistentContainer) { self.container = container }

    func importItems(_ names: [String]) {
        container.performBackgroundTask { context in
            for name in names {
                let item = NSEntityDescription.insertNewObject(forEntityName: "Item", into: context)
                item.setValue(name, forKey: "name")
            }
            try? context.save()
            try? self.container.viewContext.save() // want "outer store 'container' used inside performBackgroundTask; use transaction handle 'context' instead"
            let scratch = self.container.newBackgroundContext()
            _ = scratch
        }
    }
}

final class Thumbnails {
    let container: NSPersistentCloudKitContainer
    let renderer: ThumbnailRenderer

    init(container: NSPersistentCloudKitContainer, renderer: ThumbnailRenderer) {
        self.container = container
        self.renderer = renderer
    }

    func refresh() {
        container.performBackgroundTask { context in
            _ = self.container.managedObjectModel
            _ = self.container.persistentStoreDescriptions
            _ = self.container.name
            try? self.container.viewContext.save() // want "outer store 'container' used inside performBackgroundTask"
        }
        // A renderer's performBackgroundTask is not Core Data's.
        renderer.performBackgroundTask { job in self.renderer.cancel() }
    }
}

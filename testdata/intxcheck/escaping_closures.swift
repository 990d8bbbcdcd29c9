// Closures that may run concurrently with or after the transaction: outer-store-in-escaping-closure
// warnings. Synchronous ones stay outer-store-in-tx errors.

final class Sync {
    let store: Store
    var onDone: (() -> Void)?
    let lock = NSLock()

    init(store: Store) { self.store = store }

    func run(_ items: [Item], completion: @escaping () -> Void) throws {
        try store.inTx { tx in
            DispatchQueue.main.async {
                self.store.notify() // want "outer store 'store' used in a closure dispatched with async inside inTx"
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + 1) {
                try? self.store.compact() // want "used in a closure dispatched with asyncAfter inside inTx"
            }
            upload(items, completion: { _ in
                try? self.store.markUploaded(items) // want "used in a completion handler inside inTx"
            })
            fetch(items) { _ in
                try? self.store.cache(items) // want "outer store 'store' used inside inTx; use transaction handle"
            }
            let later = {
                try? self.store.vacuum() // want "used in a stored closure inside inTx"
            }
            self.onDone = {
                try? self.store.vacuum() // want "used in a stored closure inside inTx"
            }
            lock.withLock {
                try? store.touch() // want "outer store 'store' used inside inTx; use transaction handle 'tx' instead"
            }
            try tx.insert(items)
            _ = later
        }
    }
}

// Nested closures and blocks inside the transaction closure. Closures that may run outside the
// transaction (Task, Task.detached, stored closures) are outer-store-in-escaping-closure warnings.

final class Jobs {
    let store: Store

    init(store: Store) { self.store = store }

    func run(_ items: [Item]) async throws {
        try await store.inTx { tx in
            Task {
                try await store.insert(items[0]) // want "outer store 'store' used in a Task inside inTx; it may run outside the transaction"
            }
            Task.detached { [store] in
                try await store.insert(items[1]) // want "outer store 'store' used in a detached Task inside inTx"
            }
            Task.detached { [weak self] in
                try await self?.store.insert(items[2]) // want "outer store 'store' used in a detached Task inside inTx"
            }
            Task { [db = self.store] in
                try await db.insert(items[3]) // want "outer store 'store' used through alias 'db' in a Task inside inTx"
            }
            defer {
                try? store.flush() // want "outer store 'store' used inside inTx"
            }
            let count = try { () throws -> Int in
                try store.count() // want "outer store 'store' used inside inTx"
            }()
            items.forEach { item in
                try? store.insert(item) // want "outer store 'store' used inside inTx"
            }
            _ = items.map { try? store.update($0) } // want "outer store 'store' used inside inTx"
            for item in items {
                if item.isNew {
                    try store.insert(item) // want "outer store 'store' used inside inTx"
                } else {
                    switch item.kind {
                    case .a: try store.update(item) // want "outer store 'store' used inside inTx"
                    default: try tx.update(item)
                    }
                }
            }
            while count > 0 {
                guard let first = items.first else { break }
                try store.delete(first) // want "outer store 'store' used inside inTx"
            }
            do {
                try tx.insert(items[0])
            } catch {
                try store.log(error) // want "outer store 'store' used inside inTx"
            }
            let message = "\(try store.count()) rows" // want "outer store 'store' used inside inTx"
            _ = message
        }
    }
}

// Members declared inside `#if` still count as members of the type.

final class Cache {
    #if DEBUG
    let store: Store
    func debugDump() throws {
        try store.dump()
    }
    #else
    let store: Store
    #endif

    init(store: Store) { self.store = store }

    func refresh() throws {
        try store.inTx { tx in
            try store.clear() // want "outer store 'store' used inside inTx"
            try debugDump() // want "'debugDump\(\)' uses outer store 'store' \(line 7\)"
            try tx.clear()
        }
    }
}

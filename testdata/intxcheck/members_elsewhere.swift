// The store is declared in another file (or a superclass): inside the type, the bare name is
// still `self.store`.

extension OrderRepository {
    func archive(_ order: Order) throws {
        try self.store.inTx { tx in
            try store.insert(order) // want "outer store 'self.store' used inside inTx; use transaction handle 'tx' instead"
            try tx.delete(order)
        }
    }

    func purge() throws {
        try store.inTx { tx in
            try self.store.vacuum() // want "outer store 'store' used inside inTx"
            _ = tx
        }
    }
}

final class AuditedRepository: BaseRepository {
    func record(_ event: Event) throws {
        try store.inTx { tx in
            try tx.insert(event)
            try store.flush() // want "outer store 'store' used inside inTx"
            try audit.insert(event) // a different inherited store
        }
    }
}

// At the top level a name nothing declares stays a plain name.
func topLevel() throws {
    try sharedStore.inTx { tx in
        try sharedStore.insert(1) // want "outer store 'sharedStore' used inside inTx"
        try tx.insert(2)
    }
}

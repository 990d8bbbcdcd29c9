// Aliases of the outer store, declared outside or inside the closure.

final class Repository {
    let store: Store
    let audit: Store

    init(store: Store, audit: Store) {
        self.store = store
        self.audit = audit
    }

    func aliasOutside() throws {
        let outer = self.store
        try store.inTx { tx in
            try outer.write("a") // want "outer store 'store' used through alias 'outer' inside inTx; use transaction handle 'tx' instead"
            try tx.write("b")
        }
    }

    func aliasOfSelf() throws {
        let me = self
        try self.store.inTx { tx in
            try me.store.write("a") // want "outer store 'self.store' used through alias 'me' inside inTx"
            try me.audit.write("other store through the alias is fine")
            _ = tx
        }
    }

    func aliasInside() throws {
        try store.inTx { tx in
            let db = store
            try db.write("a") // want "outer store 'store' used through alias 'db'"
            _ = tx
        }
    }

    func aliasChain() throws {
        let first = store
        let second = first
        try store.inTx { tx in
            try second.write("a") // want "through alias 'second'"
            _ = tx
        }
    }

    func receiverIsAlias() throws {
        let primary = self.store
        try primary.inTx { tx in
            try self.store.write("same store, other spelling") // want "outer store 'primary' used inside inTx"
            try primary.write("a") // want "outer store 'primary' used inside inTx; use transaction handle 'tx'"
            _ = tx
        }
    }

    func optionalBindingAlias(maybe: Store?) throws {
        guard let maybe else { return }
        try maybe.inTx { tx in
            if let unwrapped = tx as Transaction? {
                _ = unwrapped
            }
            try maybe.write("a") // want "outer store 'maybe' used inside inTx"
            _ = tx
        }
    }
}

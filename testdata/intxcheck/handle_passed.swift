// A call on the outer store, or on an object reached from it, that is handed the transaction
// handle runs inside the transaction: not a finding. A helper handed the handle is still
// followed into its body.

final class Profiles {
    let store: Store
    let vault: Vault

    init(store: Store, vault: Vault) {
        self.store = store
        self.vault = vault
    }

    func load(_ id: Int) throws {
        try store.inTx { tx in
            try store.repository.apply(id, context: tx)
            try store.secrets(for: id, in: tx)
            try self.store.audit.record(id, on: try tx)
            try store.insert(id) // want "outer store 'store' used inside inTx"
            try store.repository.apply(id, context: store) // want "outer store 'store' used inside inTx" "outer store 'store' passed as an argument"
        }
    }
}

extension Store {
    /// Recursion with the handle, on a store type's own self.
    func loadProfile(_ id: Int) throws {
        try inTx { db in
            try loadProfile(db, id)
            try self.reset() // want "outer store 'self' used inside inTx"
        }
    }
}

func withConnection(client: Client) async throws {
    try await client.inTx { $0.ping(); try await client.run(on: $0) }
}

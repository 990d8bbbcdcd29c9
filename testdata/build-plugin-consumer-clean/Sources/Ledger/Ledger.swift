import Dispatch
import Foundation

/// Posts an entry and its audit record in one transaction, both through the transaction's handle.
final class Ledger {
    let store: Store

    init(store: Store) { self.store = store }

    func post(_ entry: Entry) throws {
        try store.inTx { tx in
            try tx.insert(entry)
            try tx.insert(AuditRecord(entry))
        }
        // After the transaction, the store itself is the right handle.
        try store.insert(AuditRecord(entry))
    }
}

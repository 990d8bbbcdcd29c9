import Foundation
import Dispatch

final class OrderService {
    let store: Store

    init(store: Store) { self.store = store }

    func place(_ order: Order) throws {
        try store.inTx { tx in
            try tx.insert(order)
            try recordAudit(order)
        }
    }
}

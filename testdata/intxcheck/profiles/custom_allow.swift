// intxcheck-flags: --method inTx --allow metrics --allow logger
// --allow adds members that are safe on the outer store; --method adds a transaction method.

final class Orders {
    let store: Store

    init(store: Store) { self.store = store }

    func place(_ order: Order) throws {
        try store.inTx { tx in
            try tx.insert(order)
            store.metrics.increment("orders")
            store.logger.info("placed")
            try store.insert(order.audit) // want "outer store 'store' used inside inTx"
        }
    }
}

// intxcheck-flags: --allow logger
// Helpers declared in an extension in another file of the module, and overloads told apart by
// their labels: the module pass follows them the way same-file helpers are followed.

final class Accounts {
    let store: Store

    init(store: Store) { self.store = store }

    func transfer(_ amount: Int, orderID: Int) throws {
        try store.inTx { tx in
            try tx.debit(amount)
            try logTransfer(amount) // want "'logTransfer\(\)' uses outer store 'store' \(Accounts\+Logging.swift:7\) inside inTx; use transaction handle 'tx' instead"
            try self.audit(amount) // want "'audit\(\)' uses outer store 'store' \(Accounts\+Logging.swift:7\)"
            try archive(orderID: orderID, connection: tx) // the overload that takes the handle
            try archive(orderID: orderID) // want "'archive\(\)' uses outer store 'store' \(Accounts\+Logging.swift:21\)"
            try format(amount) // reaches no store
            try save(amount, on: tx) // want "'save\(\)' uses outer store 'store' \(Accounts\+Logging.swift:27\)"
            try record(amount, on: tx) // handed the handle, and uses only it
        }
    }
}

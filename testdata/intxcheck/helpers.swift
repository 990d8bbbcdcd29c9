// Same-file helper methods that use the outer store, followed transitively.

final class Accounts {
    let store: Store

    init(store: Store) { self.store = store }

    func transfer(_ amount: Int) throws {
        try store.inTx { tx in
            try tx.debit(amount)
            try self.logTransfer(amount) // want "'logTransfer\(\)' uses outer store 'store' \(line 32\) inside inTx; use transaction handle 'tx' instead"
            try recordMetrics() // want "'recordMetrics\(\)' uses outer store 'store' \(line 32\)"
            try notify() // want "'notify\(\)' uses outer store 'store' \(line 45\)"
            try pure(amount) // uses no store
            try cyclicA() // the cycle never reaches the store
            try Ledger().logTransfer(amount) // another type's method of the same name
            let ledger = Ledger()
            try ledger.logTransfer(amount)
        }
    }

    func pure(_ amount: Int) throws {}

    func cyclicA() throws { try cyclicB() }
    func cyclicB() throws { try cyclicA() }

    func recordMetrics() throws { try logTransfer(0) }
}

extension Accounts {
    func logTransfer(_ amount: Int) throws {
        try store.insert("transfer \(amount)")
    }
}

final class Ledger {
    let store = Store()
    func logTransfer(_ amount: Int) throws {
        try store.insert("ledger")
    }
}

extension Accounts {
    func notify() throws {
        try self.store.inTx { tx in
            try tx.insert("notification")
        }
    }
}

// The outer store handed to other code inside the transaction.

struct Audit {
    static func record(on store: Store, _ event: String) {}
}

func audit(_ store: Store, _ event: String) {}

final class Billing {
    let store: Store

    init(store: Store) { self.store = store }

    func charge() throws {
        try store.inTx { tx in
            audit(store, "charge") // want "outer store 'store' passed as an argument inside inTx; use transaction handle 'tx' instead"
            Audit.record(on: self.store, "charge") // want "outer store 'store' passed as an argument"
            audit(tx, "fine")
            let stores = [store, tx] // want "outer store 'store' put in a collection literal inside inTx"
            let byName = ["main": store] // want "put in a collection literal"
            _ = (stores, byName)
        }
    }
}

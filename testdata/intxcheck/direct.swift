// Direct use of the transaction's receiver inside the closure.

final class OrderService {
    let store: Store

    init(store: Store) { self.store = store }

    func placeOrder(_ order: Order) async throws {
        try await store.inTx { tx in
            try await tx.insert(order)
            try await store.insert(order.audit) // want "outer store 'store' used inside inTx; use transaction handle 'tx' instead"
            try await self.store.update(order) // want "outer store 'store' used inside inTx"
        }
    }

    func explicitSelf(_ order: Order) async throws {
        try await self.store.inTx { tx in
            try await self.store.insert(order) // want "outer store 'self.store' used inside inTx; use transaction handle 'tx' instead"
            try await store.delete(order) // want "outer store 'self.store' used"
            let count = try await store?.count() // want "outer store 'self.store'"
            try await tx.insert(order)
            _ = count
        }
    }

    func uppercaseMethod(_ order: Order) throws {
        try store.InTx { handle in
            try store.insert(order) // want "outer store 'store' used inside InTx; use transaction handle 'handle' instead"
            try handle.insert(order)
        }
    }
}

func handler(req: Request) async throws -> Response {
    try await req.db.inTx { tx in
        try await req.db.query("SELECT 1") // want "outer store 'req.db' used inside inTx; use transaction handle 'tx' instead"
        try await tx.query("SELECT 2")
        let user = req.user // reading another member of req is fine
        _ = user
    }
    return Response()
}

func parameterStore(store: Store) throws {
    try store.inTx { (tx: Transaction) in
        try store.run("x") // want "outer store 'store' used inside inTx; use transaction handle 'tx'"
        try tx.run("y")
    }
    try store.run("after the closure is fine")
}

func shorthand(store: Store) throws {
    try store.inTx {
        try $0.run("via shorthand")
        try store.run("escape") // want "outer store 'store' used inside inTx; use transaction handle '\$0' instead"
    }
}

func argumentLabelled(store: Store) throws {
    try store.inTx(isolation: .serializable, body: { tx in
        try store.run("escape") // want "outer store 'store' used inside inTx; use transaction handle 'tx'"
    })
}

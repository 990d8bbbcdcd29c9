// `// intxcheck:ignore` silences one finding on its line or the line below.

func suppressed(store: Store) throws {
    try store.inTx { tx in
        try store.insert("a") // intxcheck:ignore bootstrapping row, must survive rollback
        // intxcheck:ignore read-only probe
        _ = try store.count()
        try store.insert("b") // want "outer store 'store' used inside inTx"
        try tx.insert("c")
    }
}

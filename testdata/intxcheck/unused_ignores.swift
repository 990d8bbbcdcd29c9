// intxcheck-flags: --report-unused-ignores

func unused(store: Store) throws {
    // intxcheck:ignore nothing here to silence // want "'intxcheck:ignore' silences no finding"
    try store.inTx { tx in
        try store.insert("a") // intxcheck:ignore used
        try tx.insert("b")
    }
}

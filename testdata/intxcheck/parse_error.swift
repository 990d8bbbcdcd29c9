// A file that does not parse is reported, not analyzed.

func broken(store: Store) throws {
    try store.inTx { tx in
        let x = (1 + // want "file does not parse as Swift"
    }

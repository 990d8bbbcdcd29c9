// Inside a nested transaction, the enclosing transaction's handle is the outer store.

func nested(store: Store) throws {
    try store.inTx { tx in
        try tx.inTx { inner in
            try tx.write("a") // want "outer store 'tx' used inside inTx; use transaction handle 'inner' instead"
            try inner.write("b")
            try store.write("c") // want "outer store 'store' used inside inTx; use transaction handle 'tx' instead"
        }
        try tx.write("d")
    }
}

func nestedOnOuter(store: Store) throws {
    try store.inTx { tx in
        try store.inTx { other in // want "outer store 'store' used inside inTx; use transaction handle 'tx' instead"
            try other.write("a")
        }
    }
}

import ToolSupport

extension Rule {
    public static let outerStoreInTx = Rule(
        id: "outer-store-in-tx",
        summary: "A database call goes through the outer store inside a transaction closure.",
        rationale: """
            Inside `store.inTx { tx in … }` every database call must go through the closure's handle. \
            A call through the outer store (directly, through an alias, as an argument, in a helper \
            method or a nested closure) runs outside the transaction: it is not rolled back, and it can \
            wait on the transaction's own locks or deadlock.
            """,
        triggeringExamples: [
            """
            func save(store: Store) throws {
                try store.inTx { tx in
                    try store.insert(1)
                }
            }
            """,
            """
            final class Accounts {
                let store: Store
                func transfer() throws {
                    try store.inTx { tx in
                        try audit()
                    }
                }
                func audit() throws { try store.insert(0) }
            }
            """,
        ],
        nonTriggeringExamples: [
            """
            func save(store: Store) throws {
                try store.inTx { tx in
                    try tx.insert(1)
                }
                try store.insert(2)
            }
            """,
            """
            func save(store: Store) throws {
                try store.inTx { store in
                    try store.insert(1)
                }
            }
            """,
        ])

    public static let outerStoreInEscapingClosure = Rule(
        id: "outer-store-in-escaping-closure",
        summary: "The outer store is used in a closure that may run concurrently with or after the transaction.",
        rationale: """
            A `Task {}`, `Task.detached {}`, `DispatchQueue….async {}`, completion handler, stored \
            closure or after-commit callback inside a transaction closure does not run inside the \
            transaction: it may not see the transaction's writes, is not rolled back with it, and can \
            contend with its locks. Sometimes that is the intent (work after commit), so this is a \
            warning; synchronous nested closures (`forEach`, `map`, `{ … }()`, `defer`) stay \
            `outer-store-in-tx` errors.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            """
            func save(store: Store) throws {
                try store.inTx { tx in
                    try tx.insert(1)
                    Task { try await store.refresh() }
                }
            }
            """
        ],
        nonTriggeringExamples: [
            """
            func save(store: Store) throws {
                try store.inTx { tx in
                    Task { try await tx.refresh() }
                }
            }
            """
        ])

    public static let unusedIgnore = Rule(
        id: "unused-ignore",
        summary: "An `// intxcheck:ignore` marker silences no finding (with `--report-unused-ignores`).",
        rationale: "A marker left behind after the code it excused was fixed hides the next real finding on that line.",
        triggeringExamples: ["// intxcheck-flags: --report-unused-ignores\nlet x = 1 // intxcheck:ignore nothing here\n"],
        nonTriggeringExamples: [
            """
            // intxcheck-flags: --report-unused-ignores
            func save(store: Store) throws {
                try store.inTx { tx in
                    try store.insert(1) // intxcheck:ignore the insert is idempotent
                }
            }
            """
        ])
}

extension ToolDescription {
    public static let intxcheck = ToolDescription(name: "intxcheck", rules: [.outerStoreInTx, .outerStoreInEscapingClosure, .unusedIgnore])
}

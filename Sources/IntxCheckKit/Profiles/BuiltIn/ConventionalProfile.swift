extension LibraryProfile {
    /// `store.inTx { tx in … }`: the convention this tool started from, and what runs with no
    /// profile and no `--method`.
    public static let conventional = LibraryProfile(name: "default", transactionMethods: [.init("inTx"), .init("InTx")])
}

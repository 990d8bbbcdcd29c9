import ArgumentParser

/// `--index-store`, `--index-store-lib` and a tool section's `indexStore`: the compiler's index
/// store a tool reads where syntax has to guess (IndexStore's `IndexedProgram.open` reads it).
public struct IndexStoreOptions: ParsableArguments, Sendable {
    @Option(
        name: .customLong("index-store"),
        help: ArgumentHelp(
            "The compiler's index store (.build/debug/index/store after swift build): exact callees and receiver types where syntax has to guess.",
            valueName: "path"))
    public var indexStore: String?

    @Option(
        name: .customLong("index-store-lib"),
        help: ArgumentHelp("The toolchain's libIndexStore (default: next to the swift on PATH).", valueName: "path"))
    public var indexStoreLibrary: String?

    public init() {}

    /// The store to read: the flag, else the section's `indexStore` (relative to the
    /// configuration file); nil for none.
    public func storePath(_ section: ConfigSection?) throws -> String? {
        try indexStore ?? ConfigOptions.read { try section?.path("indexStore") }
    }
}

/// The libraries intxcheck knows, each written from the library's own documentation (cited
/// beside its data). `--profile NAME` or the configuration's `"profiles"` selects them.
extension LibraryProfile {
    public static let builtIn: [LibraryProfile] = [.conventional, .fluent, .fluent3, .grdb, .postgresNIO, .coreData, .fmdb, .sqliteSwift]

    public static func builtIn(named name: String) -> LibraryProfile? {
        builtIn.first { $0.name == name }
    }
}

import ToolSupport

/// What intxcheck is asked to do; part of the result-cache key.
public struct IntxCheckOptions: Sendable, Hashable {
    public static let defaultMethods = LibraryProfile.conventional.transactionMethods.map(\.name)

    /// The library knowledge in effect: the selected profiles, `--method` and `--allow`, merged.
    public var profile: LibraryProfile
    public var reportUnusedIgnores: Bool

    public init(profile: LibraryProfile = .conventional, reportUnusedIgnores: Bool = false) {
        self.profile = profile
        self.reportUnusedIgnores = reportUnusedIgnores
    }

    /// Plain transaction method names, as `--method` gives them.
    public init(methods: [String], reportUnusedIgnores: Bool = false) {
        self.init(profile: LibraryProfile(name: "methods", transactionMethods: methods.map { .init($0) }), reportUnusedIgnores: reportUnusedIgnores)
    }

    /// Transaction method names; a closure passed to one of these is a transaction closure.
    public var methods: [String] {
        get { profile.transactionMethods.map(\.name) }
        set { profile.transactionMethods = newValue.map { .init($0) } }
    }

    /// A stable text form for cache keys.
    public var cacheDescription: String {
        "profile=\(profile.cacheDescription);unused=\(reportUnusedIgnores)"
    }
}

/// The one place the suite's version and home live.
public enum BuildTools {
    /// Every tool reports this version, and it is part of every cache key: bump it when results change.
    public static let version = "0.3.0"
    public static let informationURI = "https://github.com/swift-buildtools/swift-buildtools"
    /// The rules page, where every rule has a heading.
    public static let documentationURI = informationURI + "/blob/main/docs/rules.md"
}

/// How a tool declares itself to the shared front end, output formats and tests: its name, its
/// rules, and whatever in its options changes results (part of every cache key).
public struct ToolDescription: Sendable {
    public let name: String
    /// The tool's own rules followed by ``Rule/common``.
    public let rules: [Rule]

    /// Part of every cache key: a result stored by another version is never read.
    public var version = BuildTools.version

    public init(name: String, rules: [Rule]) {
        self.name = name
        self.rules = rules + Rule.common
    }

    /// The catalog entry for a rule id; nil for an id the tool does not declare.
    public func rule(_ id: String) -> Rule? {
        rules.first { $0.id == id }
    }
}

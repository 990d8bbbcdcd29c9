/// What importsort is asked to do, beyond the paths.
public struct ImportSortOptions: Sendable, Hashable {
    public var extraLocalModules: Set<String>
    public var extraSystemModules: Set<String>

    public init(extraLocalModules: Set<String> = [], extraSystemModules: Set<String> = []) {
        self.extraLocalModules = extraLocalModules
        self.extraSystemModules = extraSystemModules
    }

    var cacheDescription: String {
        "local=\(extraLocalModules.sorted().joined(separator: ","));system=\(extraSystemModules.sorted().joined(separator: ","))"
    }
}

import Foundation

/// Where the result cache lives by default: the user's cache directory, never the checked tree,
/// so a pre-commit hook that only checks leaves `git status` clean. Entries are keyed by
/// content, so one cache serves every project.
public enum CacheLocation {
    public static let directoryName = "swift-buildtools"
    public static let fileName = "results.sqlite"

    /// `$XDG_CACHE_HOME/swift-buildtools/results.sqlite`, else `~/.cache/…` (`~/Library/Caches/…`
    /// on macOS); nil when there is no home to put it in.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        cacheDirectory(environment: environment).map { "\($0)/\(directoryName)/\(fileName)" }
    }

    static func cacheDirectory(environment: [String: String]) -> String? {
        #if os(macOS)
        if let home = home(environment) { return home + "/Library/Caches" }
        return nil
        #else
        // The XDG spec ignores a relative XDG_CACHE_HOME.
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg }
        return home(environment).map { $0 + "/.cache" }
        #endif
    }

    private static func home(_ environment: [String: String]) -> String? {
        if let home = environment["HOME"], home.hasPrefix("/") { return home }
        let fallback = NSHomeDirectory()
        return fallback.hasPrefix("/") && fallback != "/" ? fallback : nil
    }
}

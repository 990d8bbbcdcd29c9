import Foundation

/// Paths as the user should see them: relative to the working directory when below it.
public enum DisplayPath {
    public static func relative(_ path: String, to base: String = FileManager.default.currentDirectoryPath) -> String {
        let prefix = base.hasSuffix("/") ? base : base + "/"
        if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        return FileDiscovery.normalized(path)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A path argument that could not be read.
public struct DiscoveryError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// Expands file and directory arguments into the Swift files to process.
///
/// Directories are walked recursively; `.build*` folders, hidden folders and anything an
/// `--exclude` glob matches are skipped. Symbolic links are followed, but a directory already
/// visited (by device and inode) is never entered twice, so link loops end.
public struct FileDiscovery: Sendable {
    public let excludes: [String]
    /// The directory the globs are written against, ending in `/`: the configuration file's for
    /// its `exclude`, else the working directory.
    private let base: String

    public init(excludes: [String] = [], base: String? = nil) {
        self.excludes = excludes
        let directory = ManifestCache.absolute(base ?? FileManager.default.currentDirectoryPath)
        self.base = directory.hasSuffix("/") ? directory : directory + "/"
    }

    /// Returns the Swift files under `paths`, sorted and without duplicates. A file named
    /// explicitly is kept whatever its extension (the user asked for it); excludes still apply.
    public func swiftFiles(in paths: [String]) throws(DiscoveryError) -> [String] {
        var found = Set<String>()
        var visitedDirectories = Set<FileIdentity>()
        for path in paths {
            guard let info = FileIdentity.stat(path) else {
                throw DiscoveryError(path: path, reason: "no such file or directory")
            }
            if info.isDirectory {
                walk(directory: path, visited: &visitedDirectories, into: &found)
            } else if !isExcluded(path) {
                found.insert(Self.normalized(path))
            }
        }
        return found.sorted()
    }

    /// Whether an `--exclude` glob matches the path as given, its path relative to `base` (so an
    /// absolute path, as the build tool plugins pass, meets the globs the configuration wrote), or
    /// its last component.
    public func isExcluded(_ path: String) -> Bool {
        guard !excludes.isEmpty else { return false }
        let normalizedPath = Self.normalized(path)
        let name = (normalizedPath as NSString).lastPathComponent
        let absolute = ManifestCache.absolute(normalizedPath)
        let relative = absolute.hasPrefix(base) ? String(absolute.dropFirst(base.count)) : nil
        return excludes.contains { glob in
            let directoryGlob = glob.hasSuffix("/") ? glob + "*" : glob + "/*"
            return Self.matches(glob, normalizedPath) || Self.matches(glob, name) || Self.matches(directoryGlob, normalizedPath)
                || relative.map { Self.matches(glob, $0) || Self.matches(directoryGlob, $0) } == true
        }
    }

    private func walk(directory: String, visited: inout Set<FileIdentity>, into found: inout Set<String>) {
        guard let identity = FileIdentity.stat(directory), visited.insert(identity).inserted else { return }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries.sorted() {
            let child = directory == "." ? entry : (directory.hasSuffix("/") ? directory + entry : directory + "/" + entry)
            guard let info = FileIdentity.stat(child) else { continue }  // dangling link
            if info.isDirectory {
                if entry.hasPrefix(".") || isExcluded(child) { continue }
                walk(directory: child, visited: &visited, into: &found)
            } else if entry.hasSuffix(".swift"), !isExcluded(child) {
                found.insert(Self.normalized(child))
            }
        }
    }

    static func matches(_ glob: String, _ path: String) -> Bool {
        fnmatch(glob, path, 0) == 0
    }

    /// Drops a leading `./` so the same file named two ways is one entry.
    static func normalized(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }
}

private typealias stat_t = stat
/// `stat(2)`, named apart from the type so `FileIdentity.stat` can call it.
private func systemStat(_ path: String, _ buffer: inout stat_t) -> Int32 { stat(path, &buffer) }

/// A file's device and inode, what identifies a directory across symbolic links.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
    let isDirectory: Bool

    /// Follows links; nil when the path does not exist.
    static func stat(_ path: String) -> FileIdentity? {
        var buffer = stat_t()
        guard systemStat(path, &buffer) == 0 else { return nil }
        return FileIdentity(
            device: UInt64(buffer.st_dev), inode: UInt64(buffer.st_ino),
            isDirectory: (buffer.st_mode & S_IFMT) == S_IFDIR)
    }
}

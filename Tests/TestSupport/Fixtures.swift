import Foundation

/// Where the tests find their inputs, and the one switch that rewrites golden files.
public enum Fixtures {
    /// The package root, found from this file's own path.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let testdata = root.appendingPathComponent("testdata")

    /// `UPDATE_GOLDEN=1 swift test` rewrites golden files instead of comparing with them.
    public static var updateGolden: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    /// A file as bytes-exact text (never normalized).
    public static func read(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    /// The names in a `testdata` subdirectory ending in `suffix`, without it, sorted.
    public static func names(in directory: String, suffix: String = "") -> [String] {
        let url = testdata.appendingPathComponent(directory)
        return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
            .filter { suffix.isEmpty || $0.hasSuffix(suffix) }
            .map { suffix.isEmpty ? $0 : String($0.dropLast(suffix.count)) }
            .sorted()
    }

    /// The words of a first-line `// TOOL-flags: …` comment, the one way a fixture sets options.
    public static func flags(in source: String, tool: String) -> [String] {
        let prefix = "// \(tool)-flags:"
        guard let first = source.split(separator: "\n", maxSplits: 1).first, first.hasPrefix(prefix) else { return [] }
        return first.dropFirst(prefix.count).split(separator: " ").map(String.init)
    }

    /// Every regular file under a directory, as paths relative to it.
    public static func allFiles(under directory: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        var files: [String] = []
        while let next = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(next).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(next)
            }
        }
        return files.sorted()
    }

    /// A new directory under the temporary directory holding `files` (path → content).
    public static func scratch(_ files: [String: String] = [:], prefix: String = "buildtools") throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (path, content) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return directory
    }
}

import Foundation
import Testing

import ToolSupport

@Suite struct FileDiscoveryTests {
    /// A scratch tree: nested Swift files, a non-Swift file, `.build` and hidden folders, an
    /// excluded folder, and a symbolic link back to the root (a loop).
    static func makeTree() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("discovery-\(UUID().uuidString)")
        let files = [
            "Sources/App/main.swift", "Sources/App/Model.swift", "Sources/Lib/Deep/Inner.swift", "Sources/Lib/README.md",
            ".build/checkouts/Dep/Dep.swift", ".hidden/Secret.swift", "Generated/Out.swift", "Tests/AppTests/AppTests.swift",
        ]
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("// \(file)\n".utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("Sources/Lib/loop").path, withDestinationPath: root.path)
        return root
    }

    @Test func walksRecursivelySkippingBuildHiddenAndLoops() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let found = try FileDiscovery().swiftFiles(in: [root.path]).map { String($0.dropFirst(root.path.count + 1)) }
        #expect(found == [
            "Generated/Out.swift", "Sources/App/Model.swift", "Sources/App/main.swift", "Sources/Lib/Deep/Inner.swift",
            "Tests/AppTests/AppTests.swift",
        ])
    }

    @Test func excludeGlobsMatchPathsAndNames() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let discovery = FileDiscovery(excludes: ["Generated", "*Tests.swift", "*/Deep/*"])
        let found = try discovery.swiftFiles(in: [root.path]).map { String($0.dropFirst(root.path.count + 1)) }
        #expect(found == ["Sources/App/Model.swift", "Sources/App/main.swift"])
    }

    /// Globs written relative to a directory (the configuration file's) match absolute paths below
    /// it, as the build tool plugins pass them.
    @Test func excludeGlobsMatchPathsRelativeToTheirBase() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = ["Sources/App/main.swift", "Sources/Lib/Deep/Inner.swift", "Generated/Out.swift"].map { root.appendingPathComponent($0).path }
        let relative = FileDiscovery(excludes: ["Sources/Lib/*", "Generated"], base: root.path)
        #expect(try relative.swiftFiles(in: files) == [root.appendingPathComponent("Sources/App/main.swift").path])
        #expect(try relative.swiftFiles(in: [root.path]).map { String($0.dropFirst(root.path.count + 1)) } == [
            "Sources/App/Model.swift", "Sources/App/main.swift", "Tests/AppTests/AppTests.swift",
        ])
        // Elsewhere the same globs match nothing but names.
        let elsewhere = FileDiscovery(excludes: ["Sources/Lib/*", "Generated"], base: "/nowhere")
        #expect(try elsewhere.swiftFiles(in: files).count == 3)
    }

    @Test func explicitFilesAreKeptAndDuplicatesMerged() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let main = root.appendingPathComponent("Sources/App/main.swift").path
        let found = try FileDiscovery().swiftFiles(in: [main, main, root.appendingPathComponent("Sources/App").path])
        #expect(found == [root.appendingPathComponent("Sources/App/Model.swift").path, main])
    }

    @Test func missingPathIsAnError() {
        #expect(throws: DiscoveryError.self) { try FileDiscovery().swiftFiles(in: ["/no/such/path/anywhere"]) }
    }

    @Test func displayPathsAreRelativeToTheWorkingDirectory() {
        #expect(DisplayPath.relative("/work/repo/Sources/a.swift", to: "/work/repo") == "Sources/a.swift")
        #expect(DisplayPath.relative("./Sources/a.swift", to: "/elsewhere") == "Sources/a.swift")
        #expect(DisplayPath.relative("/other/a.swift", to: "/work/repo") == "/other/a.swift")
    }
}

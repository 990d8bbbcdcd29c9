import Foundation
import Testing

import TestSupport

/// `intxcheck --index-store` and the configuration's `indexStore`, through the built executable.
@Suite struct IndexStoreCLITests {
    /// The helper in another target is followed with the index and not without it.
    @Test func theIndexFindsAHelperInAnotherTarget() throws {
        let fixture = try IndexFixture.shop.get()
        let arguments = ["--no-config", "--no-cache", "Sources/Shop/Transactions.swift"]
        let without = try ToolProcess.tool("intxcheck", arguments, in: fixture.directory)
        let with = try ToolProcess.tool("intxcheck", ["--index-store", fixture.storePath] + arguments, in: fixture.directory)
        #expect(!without.stdout.contains("'archive()'"), "\(without.stdout)")
        #expect(with.stdout.contains("Sources/Shop/Transactions.swift:34:9: error: 'archive()' uses outer store 'app.store'"), "\(with.stdout)")
        #expect(with.stdout.contains("Sources/Audit/Archive.swift:5:5: note: 'app.store' used here, reached from 'archive()'"), "\(with.stdout)")
        #expect(with.status == 1 && with.stderr.isEmpty, "\(with.stderr)")
    }

    /// The configuration's `indexStore` is a path relative to the file, like its other paths.
    @Test func theConfigurationNamesTheStore() throws {
        let fixture = try IndexFixture.shop.get()
        let relative = ".build/debug/index/store"
        #expect(FileManager.default.fileExists(atPath: fixture.directory.appendingPathComponent(relative).path))
        let directory = try Fixtures.scratch([
            ".swift-buildtools.json": #"{ "intxcheck": { "indexStore": "\#(fixture.storePath)", "paths": ["\#(fixture.directory.path)/Sources/Shop/Overloads.swift"] } }"#,
        ])
        let run = try ToolProcess.tool("intxcheck", ["--no-cache"], in: directory)
        #expect(run.stdout.contains("'audit()' uses outer store 'app.store'"), "\(run.stdout)\(run.stderr)")
        // Run from a subdirectory: the path is resolved against the configuration file's directory.
        let missing = try Fixtures.scratch([".swift-buildtools.json": #"{ "intxcheck": { "indexStore": "missing/store" } }"#, "sub/a.swift": "let x = 1\n"])
        let failed = try ToolProcess.tool("intxcheck", ["--no-cache", "a.swift"], in: missing.appendingPathComponent("sub"))
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("no index store at \(missing.path)/missing/store"), "\(failed.stderr)")
    }

    @Test func aMissingLibraryIsAUsageError() throws {
        let directory = try Fixtures.scratch(["a.swift": "let x = 1\n"])
        let run = try ToolProcess.tool(
            "intxcheck", ["--no-config", "--no-cache", "--index-store", directory.path, "--index-store-lib", "/nonexistent/libIndexStore.so", "a.swift"],
            in: directory)
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot load libIndexStore at /nonexistent/libIndexStore.so"), "\(run.stderr)")
    }
}

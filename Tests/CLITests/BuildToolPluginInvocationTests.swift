import Foundation
import Testing

import TestSupport
import ToolSupport

/// The command line the build tool plugins run (`Plugins/Shared/BuildCheck.swift`), from a
/// working directory that is not the package's, as a build runs it: absolute paths in and out, the
/// package's configuration named with `--config` (its rule severities and its `exclude` globs,
/// which are relative to the file's directory), the cache in the plugin's work directory.
/// `testdata/plugin-consumer/run-plugins.sh` checks the same through `swift build`.
@Suite struct BuildToolPluginInvocationTests {
    static let package: [String: String] = [
        Configuration.fileName: #"""
            {
              "intxcheck": {"exclude": ["Sources/Orders/Generated/*"], "rules": {"outer-store-in-tx": "warning"}},
              "importsort": {"exclude": ["Sources/Orders/Generated/*"]}
            }
            """#,
        "Sources/Orders/Bad.swift": CLITests.escaping,
        "Sources/Orders/Unsorted.swift": "import Vapor\nimport Foundation\n\nlet x = 1\n",
        "Sources/Orders/Generated/AlsoBad.swift": "import Vapor\nimport Foundation\n\n" + CLITests.escaping,
    ]

    static func invocation(check: [String], in package: URL, cache: URL) -> [String] {
        let files = ["Bad.swift", "Unsorted.swift", "Generated/AlsoBad.swift"].map { package.appendingPathComponent("Sources/Orders/\($0)").path }
        return check + ["--absolute-paths", "--cache-path", cache.path, "--config", package.appendingPathComponent(Configuration.fileName).path] + files
    }

    @Test func findingsPrintInFullWithThePackagesSettings() throws {
        let package = try Fixtures.scratch(Self.package, prefix: "build-plugin")
        let elsewhere = try Fixtures.scratch(prefix: "build-plugin-cwd")
        defer {
            try? FileManager.default.removeItem(at: package)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        let root = package.resolvingSymlinksInPath().path
        let cache = elsewhere.appendingPathComponent("results.sqlite")

        let intxcheck = try ToolProcess.tool("intxcheck", Self.invocation(check: [], in: package, cache: cache), in: elsewhere)
        // The configuration made the error a warning: printed, and the build goes on.
        #expect(intxcheck.status == 0, "\(intxcheck.stdout)\(intxcheck.stderr)")
        #expect(intxcheck.stdout.hasPrefix("\(root)/Sources/Orders/Bad.swift:3:13: warning: "), "\(intxcheck.stdout)")
        #expect(!intxcheck.stdout.contains("Generated"), "the configuration's exclude applies to absolute paths: \(intxcheck.stdout)")
        #expect(intxcheck.stderr.isEmpty, "\(intxcheck.stderr)")

        let importsort = try ToolProcess.tool("importsort", Self.invocation(check: ["--check"], in: package, cache: cache), in: elsewhere)
        #expect(importsort.status == 1, "an error fails the build: \(importsort.stdout)")
        #expect(importsort.stdout == """
            \(root)/Sources/Orders/Unsorted.swift:1:1: error: imports are not grouped and sorted (run importsort to fix) [import-order]
            \(root)/Sources/Orders/Unsorted.swift:1:1: note: fix: group and sort the imports

            """)
        #expect(FileManager.default.fileExists(atPath: cache.path), "the cache goes where the plugin says")
    }

    /// `swift build` runs the command from the root package's directory: below it, paths would
    /// print relative to it but for `--absolute-paths`; notes too.
    @Test func absolutePathsBelowTheWorkingDirectory() throws {
        let package = try Fixtures.scratch(Self.package.merging(["Sources/Orders/Helper.swift": Self.helper]) { $1 }, prefix: "build-plugin")
        defer { try? FileManager.default.removeItem(at: package) }
        let root = package.resolvingSymlinksInPath().path
        let relative = try ToolProcess.tool("importsort", ["--check", "--no-cache", "Sources/Orders/Unsorted.swift"], in: package)
        #expect(relative.stdout.hasPrefix("Sources/Orders/Unsorted.swift:1:1: error: "), "\(relative.stdout)")
        let absolute = try ToolProcess.tool("importsort", ["--check", "--no-cache", "--absolute-paths", "Sources/Orders/Unsorted.swift"], in: package)
        #expect(absolute.stdout.hasPrefix("\(root)/Sources/Orders/Unsorted.swift:1:1: error: "), "\(absolute.stdout)")
        let notes = try ToolProcess.tool(
            "intxcheck", ["--no-cache", "--no-config", "--absolute-paths", "Sources/Orders/Helper.swift"], in: package)
        #expect(notes.stdout == """
            \(root)/Sources/Orders/Helper.swift:5:17: error: 'audit()' uses outer store 'store' (line 8) inside inTx; use transaction handle 'tx' instead [outer-store-in-tx]
            \(root)/Sources/Orders/Helper.swift:8:31: note: 'store' used here, reached from 'audit()'

            """)
    }

    static let helper = """
        final class Accounts {
            let store: Store
            func transfer() throws {
                try store.inTx { tx in
                    try audit()
                }
            }
            func audit() throws { try store.insert(0) }
        }

        """
}

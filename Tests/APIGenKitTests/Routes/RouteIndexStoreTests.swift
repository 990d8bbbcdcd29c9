import Foundation
import Testing

import TestSupport

/// `apigen --verify-routes --index-store` on `testdata/apigen/index/RoutesApp`, built with
/// `swift build`: the calls the syntax cannot bind (a dictionary's element, overloads told apart
/// by type) are unresolved without the index and bound as the compiler bound them with it.
@Suite struct RouteIndexStoreTests {
    static let arguments = ["--no-config", "--no-cache", "--verify-routes", "Sources/App"]

    @Test func withoutTheIndexTheCallsAreUnresolved() throws {
        let fixture = try IndexFixture.routesApp.get()
        let run = try ToolProcess.tool("apigen", Self.arguments, in: fixture.directory)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("Sources/App/configure.swift:13:27: warning: a call of registerRoutes(…) that is made on a value of unknown type could be any of 2 functions"), "\(run.stdout)")
        #expect(run.stdout.contains("Sources/App/Controllers.swift:4:10: note: candidate: UsersController.registerRoutes(on:)"), "\(run.stdout)")
        #expect(run.stdout.contains("Sources/App/configure.swift:15:5: warning: a call of mount(…) that is overloaded could be any of 2 functions"), "\(run.stdout)")
        #expect(!run.stdout.contains("undocumented-route"), "\(run.stdout)")
    }

    @Test func withTheIndexTheCompilersBindingIsFollowed() throws {
        let fixture = try IndexFixture.routesApp.get()
        let run = try ToolProcess.tool("apigen", ["--index-store", fixture.storePath] + Self.arguments, in: fixture.directory)
        #expect(run.status == 1 && run.stderr.isEmpty, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout == """
            Sources/App/Controllers.swift:5:16: error: GET /api/users/me has no @Router annotation [undocumented-route]
            Sources/App/Controllers.swift:13:16: error: GET /api/orders/:id has no @Router annotation [undocumented-route]

            """, "\(run.stdout)")
    }

    /// The apigen section's `indexStore`, relative to the configuration file; a store that is not
    /// there is a usage error.
    @Test func theConfigurationNamesTheStore() throws {
        let fixture = try IndexFixture.routesApp.get()
        let configured = try Fixtures.scratch([
            ".swift-buildtools.json": #"{ "apigen": { "verifyRoutes": true, "indexStore": "\#(fixture.storePath)", "inputs": ["\#(fixture.directory.path)/Sources/App"] } }"#
        ])
        let run = try ToolProcess.tool("apigen", ["--no-cache"], in: configured)
        #expect(run.stdout.contains("GET /api/orders/:id has no @Router annotation"), "\(run.stdout)\(run.stderr)")
        // Run from a subdirectory: the path is resolved against the configuration file's directory.
        let missing = try Fixtures.scratch([".swift-buildtools.json": #"{ "apigen": { "indexStore": "missing/store" } }"#, "sub/a.swift": "let x = 1\n"])
        let failed = try ToolProcess.tool("apigen", ["--no-cache", "--verify-routes", "a.swift"], in: missing.appendingPathComponent("sub"))
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("no index store at \(missing.path)/missing/store"), "\(failed.stderr)")
    }
}

import Foundation
import Testing

import TestSupport

/// The golden files show what the Swift client says and the checkers that it compiles; this runs
/// one: `client-runtime/main.swift` built with the `client_dates` golden client checks dates with
/// and without fractional seconds, query percent-encoding and parameter values as text.
@Suite struct GeneratedClientRuntimeTests {
    @Test func generatedClientRuntimeBehaves() throws {
        let scratch = try Fixtures.scratch(prefix: "apigen-client-runtime")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let client = scratch.appendingPathComponent("APIClient.swift")
        try FileManager.default.copyItem(
            at: APIGenFixtures.testdata.appendingPathComponent("golden/client_dates/expected/APIClient.swift.golden"), to: client)
        let driver = APIGenFixtures.testdata.appendingPathComponent("client-runtime/main.swift")
        let binary = scratch.appendingPathComponent("client-runtime")
        let build = try APIGenFixtures.run(["swiftc", "-module-name", "ClientRuntime", client.path, driver.path, "-o", binary.path])
        try #require(build.status == 0, "swiftc: \(build.output)")
        let run = try APIGenFixtures.run([binary.path])
        #expect(run.status == 0, "\(run.output)")
    }
}

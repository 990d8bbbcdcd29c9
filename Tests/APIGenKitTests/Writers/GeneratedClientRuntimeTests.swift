import Foundation
import Testing

import TestSupport

/// The golden files show what the Swift client says and the checkers that it compiles; this runs
/// them: `client-runtime/main.swift` built with the `client_dates` golden client checks dates with
/// and without fractional seconds, query percent-encoding and parameter values as text;
/// `client-runtime-forms/main.swift` with the `parameters` client checks the form bodies.
@Suite struct GeneratedClientRuntimeTests {
    @Test(arguments: [("client_dates", "client-runtime"), ("parameters", "client-runtime-forms")])
    func generatedClientRuntimeBehaves(golden: String, driverDirectory: String) throws {
        let scratch = try Fixtures.scratch(prefix: "apigen-client-runtime")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let client = scratch.appendingPathComponent("APIClient.swift")
        try FileManager.default.copyItem(
            at: APIGenFixtures.testdata.appendingPathComponent("golden/\(golden)/expected/APIClient.swift.golden"), to: client)
        let driver = APIGenFixtures.testdata.appendingPathComponent("\(driverDirectory)/main.swift")
        let binary = scratch.appendingPathComponent("client-runtime")
        let build = try APIGenFixtures.run(["swiftc", "-module-name", "ClientRuntime", client.path, driver.path, "-o", binary.path])
        try #require(build.status == 0, "swiftc: \(build.output)")
        let run = try APIGenFixtures.run([binary.path])
        #expect(run.status == 0, "\(run.output)")
    }
}

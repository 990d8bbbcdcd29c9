import Foundation
import Testing

import APIGenKit
import TestSupport
import ToolSupport

@Suite struct APIGenErrorTests {
    @Test func casesExist() {
        #expect(APIGenFixtures.names(in: "errors", suffix: ".swift").count >= 10)
    }

    @Test(arguments: APIGenFixtures.names(in: "errors", suffix: ".swift"))
    func error(_ name: String) throws {
        let file = "\(name).swift"
        let fixture = try APIGenFixtures.read(APIGenFixtures.testdata.appendingPathComponent("errors/\(file)"))
        let result = APIGenerator.generate(
            files: [(file, WantHarness.removingWants(fixture))], options: APIGenOptions(openAPIPath: "openapi.json", typeScriptPath: "api.ts"))
        guard case .failure(let failure) = result else {
            Issue.record("\(name): expected an error, but generation succeeded")
            return
        }
        let expectations = WantHarness.expectations(in: fixture)
        #expect(!expectations.isEmpty, "\(name) states no expectation")
        let problems = WantHarness.mismatches(failure.diagnostics, against: expectations, file: file)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// The second of two routes with one ID points at the first as a related location.
    @Test func duplicatesNoteTheFirstDeclaration() throws {
        let file = "duplicate_id.swift"
        let fixture = try APIGenFixtures.read(APIGenFixtures.testdata.appendingPathComponent("errors/\(file)"))
        guard case .failure(let failure) = APIGenerator.generate(files: [(file, WantHarness.removingWants(fixture))], options: APIGenOptions(openAPIPath: "o.json")) else {
            Issue.record("expected an error")
            return
        }
        let duplicate = try #require(failure.diagnostics.first)
        #expect(duplicate.rule == "duplicate-operation")
        #expect(duplicate.notes.map { "\($0.file):\($0.line): \($0.message)" } == ["duplicate_id.swift:3: first declared here"])
    }
}

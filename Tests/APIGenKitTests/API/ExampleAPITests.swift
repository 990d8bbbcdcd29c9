import Foundation
import Testing

import APIGenKit
import ToolSupport

/// The example API in testdata/apigen/example: its committed reference is current, and the
/// generated files pass the ecosystem's own checkers.
@Suite(.serialized) struct ExampleAPITests {
    @Test func exampleCoversTheRequiredSurface() throws {
        let outputs = try APIGenFixtures.generateExample()
        let json = try #require(outputs["docs/reference/api/openapi.json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let operations = paths.values.flatMap { $0.values.compactMap { $0 as? [String: Any] } }
        #expect(operations.count >= 10)
        #expect(Set(operations.compactMap { ($0["tags"] as? [String])?.first }).count >= 3)
        #expect(document["openapi"] as? String == "3.1.0")
    }

    /// What `make gen` committed is what the generator makes now (the in-process `--check`).
    @Test func committedReferenceIsCurrent() throws {
        let outputs = try APIGenFixtures.generateExample()
        let absolute = Dictionary(uniqueKeysWithValues: outputs.map { (APIGenFixtures.root.appendingPathComponent($0.key).path, $0.value) })
        let stale = APIGenerator.staleFiles(absolute, docsDirectory: APIGenFixtures.root.appendingPathComponent("docs/reference/api").path)
        #expect(stale.isEmpty, "run `make gen`: \(stale.map(\.file))")
    }

    @Test func openAPIDocumentPassesTheValidator() throws {
        let directory = try writeExample()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try APIGenFixtures.run(["openapi-spec-validator", directory.appendingPathComponent("openapi.json").path])
        #expect(result.status == 0, "openapi-spec-validator: \(result.output)")
    }

    @Test func typeScriptPassesStrictTsc() throws {
        let directory = try writeExample()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try APIGenFixtures.run(["tsc", "--strict", "--noEmit", directory.appendingPathComponent("sdk/api.ts").path])
        #expect(result.status == 0, "tsc: \(result.output)")
    }

    @Test func swiftClientTypechecks() throws {
        let directory = try writeExample()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try APIGenFixtures.run(["swiftc", "-typecheck", directory.appendingPathComponent("sdk/APIClient.swift").path])
        #expect(result.status == 0, "swiftc: \(result.output)")
        #expect(!result.output.contains("warning:"), "swiftc warnings: \(result.output)")
    }

    @Test func checkNamesStaleAndMissingFiles() throws {
        let directory = try writeExample()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outputs = try APIGenFixtures.generateExample(into: directory.path)
        #expect(APIGenerator.staleFiles(outputs).isEmpty)
        try Data("edited by hand\n".utf8).write(to: directory.appendingPathComponent("sdk/api.ts"))
        try FileManager.default.removeItem(at: directory.appendingPathComponent("schemas.md"))
        let stale = APIGenerator.staleFiles(outputs)
        #expect(stale.map(\.message).sorted() == [
            "generated file is missing; run apigen (make gen)", "generated file is stale; run apigen (make gen)",
        ])
    }

    @Test func pagesNoLongerGeneratedAreStaleAndRemoved() throws {
        let directory = try writeExample()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outputs = try APIGenFixtures.generateExample(into: directory.path)
        let orphan = directory.appendingPathComponent("old-tag.md")
        let handWritten = directory.appendingPathComponent("guide.md")
        try Data("<!-- \(GeneratedFile.marker) -->\n\n# Old tag\n".utf8).write(to: orphan)
        try Data("# A page someone wrote\n".utf8).write(to: handWritten)
        let stale = APIGenerator.staleFiles(outputs, docsDirectory: directory.path)
        #expect(stale.count == 1 && stale.first?.file.hasSuffix("old-tag.md") == true)
        try APIGenerator.write(outputs, docsDirectory: directory.path)
        #expect(!FileManager.default.fileExists(atPath: orphan.path))
        #expect(FileManager.default.fileExists(atPath: handWritten.path))
        #expect(APIGenerator.staleFiles(outputs, docsDirectory: directory.path).isEmpty)
    }

    private func writeExample() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-example-\(UUID().uuidString)")
        try APIGenerator.write(try APIGenFixtures.generateExample(into: directory.path), docsDirectory: directory.path)
        return directory
    }
}

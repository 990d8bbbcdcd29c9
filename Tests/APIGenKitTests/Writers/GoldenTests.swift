import Foundation
import Testing

import APIGenKit
import TestSupport
import ToolSupport

/// One golden directory per feature: `golden/NAME/input.swift` generates the files under
/// `golden/NAME/expected/`. `UPDATE_GOLDEN=1 swift test` rewrites them.
@Suite struct APIGenGoldenTests {
    @Test func casesExist() {
        #expect(APIGenFixtures.names(in: "golden").count >= 8)
    }

    @Test(arguments: APIGenFixtures.names(in: "golden"))
    func feature(_ name: String) throws {
        let caseDirectory = APIGenFixtures.testdata.appendingPathComponent("golden/\(name)")
        let source = try APIGenFixtures.read(caseDirectory.appendingPathComponent("input.swift"))
        let options = APIGenOptions(
            openAPIPath: "openapi.json", docsDirectory: "docs", typeScriptPath: "api.ts", swiftPath: "APIClient.swift.golden",
            keyStrategy: APIGenFixtures.keyStrategy(in: source))
        guard case .success(let outputs) = APIGenerator.generate(files: [("input.swift", source)], options: options) else {
            Issue.record("\(name): generation failed")
            return
        }
        let expected = caseDirectory.appendingPathComponent("expected")
        if Fixtures.updateGolden {
            try? FileManager.default.removeItem(at: expected)
            for (path, content) in outputs {
                let url = expected.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(content.utf8).write(to: url)
            }
            return
        }
        let committed = Fixtures.allFiles(under: expected)
        #expect(Set(committed) == Set(outputs.keys), "\(name): generated file set differs from golden")
        for (path, content) in outputs.sorted(by: { $0.key < $1.key }) {
            let golden = (try? APIGenFixtures.read(expected.appendingPathComponent(path))) ?? ""
            #expect(content == golden, "\(name)/\(path) differs from golden:\n\(UnifiedDiff.make(old: golden, new: content, path: path))")
        }
    }

    /// Every golden output passes the ecosystem's own checker, so features that appear only in a
    /// golden case (multipart parameters, snake_case keys, kebab-case IDs) are compiled too.
    @Test(arguments: APIGenFixtures.names(in: "golden"))
    func goldenOutputsPassTheirCheckers(_ name: String) throws {
        let expected = APIGenFixtures.testdata.appendingPathComponent("golden/\(name)/expected")
        let scratch = try Fixtures.scratch(prefix: "apigen-golden")
        defer { try? FileManager.default.removeItem(at: scratch) }
        // swiftc wants the .swift extension the golden file avoids (so the package does not build it).
        let client = scratch.appendingPathComponent("APIClient.swift")
        try FileManager.default.copyItem(at: expected.appendingPathComponent("APIClient.swift.golden"), to: client)
        let swiftc = try APIGenFixtures.run(["swiftc", "-typecheck", client.path])
        #expect(swiftc.status == 0 && !swiftc.output.contains("warning:"), "\(name): swiftc: \(swiftc.output)")
        let tsc = try APIGenFixtures.run(["tsc", "--strict", "--noEmit", expected.appendingPathComponent("api.ts").path])
        #expect(tsc.status == 0, "\(name): tsc: \(tsc.output)")
        let validator = try APIGenFixtures.run(["openapi-spec-validator", expected.appendingPathComponent("openapi.json").path])
        #expect(validator.status == 0, "\(name): openapi-spec-validator: \(validator.output)")
    }

    @Test func everyGeneratedFileStartsWithTheMarker() throws {
        for (path, content) in try APIGenFixtures.generateExample() {
            let head = content.split(separator: "\n").prefix(2).joined(separator: "\n")
            #expect(head.contains(GeneratedFile.marker), "\(path) lacks the generated-file marker")
        }
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        #expect(try APIGenFixtures.generateExample() == APIGenFixtures.generateExample())
    }
}

/// Each malformed input generates nothing and gives `file:line:column: error: …` findings, which
/// `errors/NAME.swift` states inline with `// want:COLUMN "regex"` on the flagged lines.

import Foundation
import Testing

import APIGenKit
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
        if APIGenFixtures.updateGolden {
            try? FileManager.default.removeItem(at: expected)
            for (path, content) in outputs {
                let url = expected.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(content.utf8).write(to: url)
            }
            return
        }
        let committed = try FileDiscoveryHelper.allFiles(under: expected)
        #expect(Set(committed) == Set(outputs.keys), "\(name): generated file set differs from golden")
        for (path, content) in outputs.sorted(by: { $0.key < $1.key }) {
            let golden = (try? APIGenFixtures.read(expected.appendingPathComponent(path))) ?? ""
            #expect(content == golden, "\(name)/\(path) differs from golden:\n\(UnifiedDiff.make(old: golden, new: content, path: path))")
        }
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

enum FileDiscoveryHelper {
    /// Every regular file under a directory, as paths relative to it.
    static func allFiles(under directory: URL) throws -> [String] {
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
}

/// Each malformed input gives `file:line:column: error: …` and generates nothing;
/// `errors/NAME.swift` is compared with `errors/NAME.txt`.
@Suite struct APIGenErrorTests {
    @Test func casesExist() {
        #expect(APIGenFixtures.names(in: "errors", suffix: ".swift").count >= 10)
    }

    @Test(arguments: APIGenFixtures.names(in: "errors", suffix: ".swift"))
    func error(_ name: String) throws {
        let directory = APIGenFixtures.testdata.appendingPathComponent("errors")
        let source = try APIGenFixtures.read(directory.appendingPathComponent("\(name).swift"))
        let result = APIGenerator.generate(files: [("\(name).swift", source)], options: APIGenOptions(openAPIPath: "openapi.json", typeScriptPath: "api.ts"))
        guard case .failure(let failure) = result else {
            Issue.record("\(name): expected an error, but generation succeeded")
            return
        }
        let text = DiagnosticRenderer.render(failure.diagnostics, as: .text, tool: ToolIdentity(name: "apigen", version: "test"))
        let goldenURL = directory.appendingPathComponent("\(name).txt")
        if APIGenFixtures.updateGolden {
            try Data(text.utf8).write(to: goldenURL)
            return
        }
        #expect(text == (try? APIGenFixtures.read(goldenURL)) ?? "", "\(name): got\n\(text)")
        #expect(failure.diagnostics.allSatisfy { $0.file == "\(name).swift" && $0.line > 0 && $0.column > 0 })
    }
}

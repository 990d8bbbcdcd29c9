import Foundation
import Testing

import ToolSupport

@Suite struct OutputFormatTests {
    static let diagnostics = [
        Diagnostic(file: "Sources/App/a.swift", line: 3, column: 7, rule: "outer-store-in-tx", message: "outer store 'store' used"),
        Diagnostic(file: "Sources/B, c.swift", line: 10, column: 1, severity: .warning, rule: "import-order", message: "50% done: a\nb"),
    ]
    static let tool = ToolIdentity(name: "intxcheck", version: "9.9.9")

    @Test func textIsWhatEditorsParse() {
        let text = DiagnosticRenderer.render(Self.diagnostics, as: .text, tool: Self.tool)
        #expect(text.hasPrefix("Sources/App/a.swift:3:7: error: outer store 'store' used [outer-store-in-tx]\n"))
        #expect(text.split(separator: "\n").count == 3)  // the message's own newline stays in the text
        #expect(DiagnosticRenderer.render([], as: .text, tool: Self.tool).isEmpty)
    }

    @Test func jsonRoundTripsWithExactlySixKeys() throws {
        let json = DiagnosticRenderer.render(Self.diagnostics, as: .json, tool: Self.tool)
        let decoded = try JSONDecoder().decode([Diagnostic].self, from: Data(json.utf8))
        #expect(decoded == Self.diagnostics)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        for object in objects {
            #expect(Set(object.keys) == ["file", "line", "column", "severity", "rule", "message"])
        }
        #expect(DiagnosticRenderer.render([], as: .json, tool: Self.tool).trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" ||
            DiagnosticRenderer.render([], as: .json, tool: Self.tool).trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test func githubAnnotationsEscapeTheirFields() {
        let lines = DiagnosticRenderer.render(Self.diagnostics, as: .github, tool: Self.tool).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == "::error file=Sources/App/a.swift,line=3,col=7,title=outer-store-in-tx::outer store 'store' used")
        #expect(lines[1] == "::warning file=Sources/B%2C c.swift,line=10,col=1,title=import-order::50%25 done: a%0Ab")
    }

    /// Structural validation against the SARIF 2.1.0 schema's required properties.
    @Test func sarifFollowsTheSchema() throws {
        let sarif = DiagnosticRenderer.render(Self.diagnostics, as: .sarif, tool: Self.tool)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "intxcheck")
        #expect(driver["version"] as? String == "9.9.9")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ["import-order", "outer-store-in-tx"])
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == 2)
        let levels: Set<String> = ["none", "note", "warning", "error"]
        for (result, diagnostic) in zip(results, Self.diagnostics) {
            #expect(result["ruleId"] as? String == diagnostic.rule)
            #expect(levels.contains(result["level"] as? String ?? ""))
            let ruleIndex = try #require(result["ruleIndex"] as? Int)
            #expect(rules[ruleIndex]["id"] as? String == diagnostic.rule)
            #expect((result["message"] as? [String: Any])?["text"] as? String == diagnostic.message)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == diagnostic.file)
            let region = try #require(location["region"] as? [String: Any])
            #expect(region["startLine"] as? Int == diagnostic.line)
            #expect(region["startColumn"] as? Int == diagnostic.column)
        }
    }

    @Test func diagnosticsSortByFileAndPosition() {
        let a = Diagnostic(file: "a.swift", line: 2, column: 1, rule: "r", message: "m")
        let b = Diagnostic(file: "a.swift", line: 10, column: 1, rule: "r", message: "m")
        let c = Diagnostic(file: "b.swift", line: 1, column: 1, rule: "r", message: "m")
        #expect([c, b, a].sorted() == [a, b, c])
    }
}

import Foundation
import Testing

import TestSupport
import ToolSupport

/// A finding's fix in every output: text as a note, JSON as `fixes` with byte offsets and
/// positions, SARIF as `fixes` with `artifactChanges`, GitHub as a line of the message.
@Suite struct FixOutputTests {
    static let rule = Rule(id: "outer-store-in-tx", summary: "Outer store used.", rationale: "It escapes.")
    static let tool = ToolDescription(name: "intxcheck", rules: [rule])
    /// `store` on line 2, after a two-byte `é` (one UTF-16 unit): byte column 13, UTF-16 column 12.
    static let source = "// x\nlet café = store.count\n"
    static var storeOffset: Int { Array(source.utf8).count - Array("store.count\n".utf8).count }
    static var finding: Diagnostic {
        Diagnostic(
            rule: rule, file: "S.swift", line: 2, column: 13, message: "outer store 'store' used inside inTx",
            fixes: [Fix(message: "replace 'store' with 'tx'", edits: [TextEdit(start: storeOffset, end: storeOffset + 5, replacement: "tx")])])
    }

    @Test func textShowsTheFixAsANote() {
        #expect(DiagnosticRenderer.render([Self.finding], as: .text, tool: Self.tool) == """
            S.swift:2:13: error: outer store 'store' used inside inTx [outer-store-in-tx]
            S.swift:2:13: note: fix: replace 'store' with 'tx'

            """)
        #expect(DiagnosticRenderer.github(Self.finding).hasSuffix("::outer store 'store' used inside inTx%0Asuggested fix: replace 'store' with 'tx'"))
    }

    @Test func jsonCarriesFixesWithOffsetsAndPositions() throws {
        let root = try Fixtures.scratch(["S.swift": Self.source])
        defer { try? FileManager.default.removeItem(at: root) }
        let json = DiagnosticRenderer.render([Self.finding], as: .json, tool: Self.tool, root: root.path)
        let object = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])?.first)
        let fix = try #require((object["fixes"] as? [[String: Any]])?.first)
        #expect(fix["message"] as? String == "replace 'store' with 'tx'")
        let edit = try #require((fix["edits"] as? [[String: Any]])?.first)
        #expect(edit["start"] as? Int == Self.storeOffset && edit["end"] as? Int == Self.storeOffset + 5)
        #expect(edit["replacement"] as? String == "tx")
        #expect(edit["line"] as? Int == 2 && edit["column"] as? Int == 13 && edit["endLine"] as? Int == 2 && edit["endColumn"] as? Int == 18)
        // The stored form reads back with its fix.
        #expect(try JSONDecoder().decode([Diagnostic].self, from: Data(json.utf8)).first?.fixes == Self.finding.fixes)
    }

    @Test func sarifCarriesFixesAsArtifactChanges() throws {
        let root = try Fixtures.scratch(["S.swift": Self.source])
        defer { try? FileManager.default.removeItem(at: root) }
        let sarif = DiagnosticRenderer.render([Self.finding], as: .sarif, tool: Self.tool, root: root.path)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let result = try #require(((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let fix = try #require((result["fixes"] as? [[String: Any]])?.first)
        #expect((fix["description"] as? [String: Any])?["text"] as? String == "replace 'store' with 'tx'")
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        #expect((change["artifactLocation"] as? [String: Any])?["uri"] as? String == "S.swift")
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        let region = try #require(replacement["deletedRegion"] as? [String: Any])
        #expect(region["startLine"] as? Int == 2 && region["startColumn"] as? Int == 12 && region["endColumn"] as? Int == 17)
        #expect(region["byteOffset"] as? Int == Self.storeOffset && region["byteLength"] as? Int == 5)
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "tx")
    }

    /// The configuration's `rulesURL` is where rule links point.
    @Test func rulesURLMovesHelpLinks() throws {
        let sarif = DiagnosticRenderer.render([Self.finding], as: .sarif, tool: Self.tool, rulesURL: "https://docs.example.com/lint/rules.html")
        #expect(sarif.contains("\"helpUri\" : \"https://docs.example.com/lint/rules.html#outer-store-in-tx\""))
        #expect(DiagnosticRenderer.rules(of: Self.tool, as: .json, rulesURL: "https://x.test/r").contains("https://x.test/r#outer-store-in-tx"))
    }
}

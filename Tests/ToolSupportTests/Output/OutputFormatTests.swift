import Foundation
import Testing

import TestSupport
import ToolSupport

@Suite struct OutputFormatTests {
    static let outerStore = Rule(id: "outer-store-in-tx", summary: "Outer store used.", rationale: "It escapes.")
    static let importOrder = Rule(id: "import-order", summary: "Imports unsorted.", rationale: "Order.", defaultSeverity: .warning)
    static let diagnostics = [
        Diagnostic(rule: outerStore, file: "Sources/App/a.swift", line: 3, column: 7, message: "outer store 'store' used"),
        Diagnostic(rule: importOrder, file: "Sources/B, c.swift", line: 10, column: 1, message: "50% done: a\nb"),
    ]
    static let tool = ToolDescription(name: "intxcheck", rules: [outerStore, importOrder])
    static let withNote = Diagnostic(
        rule: outerStore, file: "A B&C/x y.swift", line: 5, column: 9, message: "'audit()' uses outer store 'store' (line 12)",
        notes: [DiagnosticNote(file: "A B&C/x y.swift", line: 12, column: 13, message: "'store' used here, reached from 'audit()'")])

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
        let noted = try #require(try JSONSerialization.jsonObject(with: Data(DiagnosticRenderer.render([Self.withNote], as: .json, tool: Self.tool).utf8)) as? [[String: Any]])
        let notes = try #require(noted.first?["notes"] as? [[String: Any]])
        #expect(notes.first?["line"] as? Int == 12 && notes.first?["message"] as? String == "'store' used here, reached from 'audit()'")
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
        let levels: Set<String> = ["none", "note", "warning", "error"]
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "intxcheck")
        #expect(driver["version"] as? String == BuildTools.version)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ["outer-store-in-tx", "import-order", "parse-error", "invalid-encoding", "io-error"])
        for rule in rules {
            #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
            #expect((rule["fullDescription"] as? [String: Any])?["text"] is String)
            #expect((rule["helpUri"] as? String)?.hasSuffix("docs/rules.md#\(rule["id"] as? String ?? "")") == true)
            #expect(levels.contains((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String ?? ""))
        }
        #expect((rules[1]["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == 2)
        for (result, diagnostic) in zip(results, Self.diagnostics) {
            #expect(result["ruleId"] as? String == diagnostic.rule)
            #expect(levels.contains(result["level"] as? String ?? ""))
            let ruleIndex = try #require(result["ruleIndex"] as? Int)
            #expect(rules[ruleIndex]["id"] as? String == diagnostic.rule)
            #expect((result["message"] as? [String: Any])?["text"] as? String == diagnostic.message)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == URIReference.percentEncoded(diagnostic.file))
            let region = try #require(location["region"] as? [String: Any])
            #expect(region["startLine"] as? Int == diagnostic.line)
            #expect(region["startColumn"] as? Int == diagnostic.column)
        }
    }

    /// SARIF URIs are RFC 3986 references relative to %SRCROOT%, and resolve back to the file.
    @Test func sarifPathsArePercentEncodedURIsThatResolve() throws {
        let root = try Fixtures.scratch(["A B&C/x y.swift": "let x = 1\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let sarif = DiagnosticRenderer.render([Self.withNote], as: .sarif, tool: Self.tool, root: root.path)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let base = try #require(((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: Any])?["uri"] as? String)
        #expect(base.hasPrefix("file:///") && base.hasSuffix("/"))
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let artifact = try #require(((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "A%20B%26C/x%20y.swift")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        // Resolve as a SARIF consumer does: the base URI joined with the relative reference.
        let resolved = try #require(URL(string: artifact["uri"] as! String, relativeTo: URL(string: base)))
        #expect(resolved.isFileURL && FileManager.default.fileExists(atPath: resolved.path))
        #expect(resolved.standardizedFileURL.path == root.appendingPathComponent("A B&C/x y.swift").standardizedFileURL.path)
        let related = try #require((result["relatedLocations"] as? [[String: Any]])?.first)
        #expect((related["message"] as? [String: Any])?["text"] as? String == "'store' used here, reached from 'audit()'")
        #expect(((related["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])?["startLine"] as? Int == 12)
    }

    /// SARIF says `columnKind: utf16CodeUnits`: `é` is two UTF-8 bytes and one UTF-16 unit, an
    /// emoji four bytes and two units. Text and JSON keep the UTF-8 byte column.
    @Test func sarifColumnsCountUTF16CodeUnits() throws {
        let line = "let café = \"😀\"; store.save()"
        let byteColumn = Array(line.utf8).count - Array("store.save()".utf8).count + 1
        let root = try Fixtures.scratch(["S.swift": "// first\r\n" + line + "\n" + "\u{1F600}\u{1F600} store\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let finding = Diagnostic(
            rule: Self.outerStore, file: "S.swift", line: 2, column: byteColumn, message: "outer store 'store' used",
            notes: [DiagnosticNote(file: "S.swift", line: 3, column: 10, message: "here")])
        func columns(root: URL) throws -> (finding: Int?, note: Int?) {
            let sarif = DiagnosticRenderer.render([finding], as: .sarif, tool: Self.tool, root: root.path)
            let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
            let result = try #require(((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
            func column(_ key: String) -> Int? {
                let location = (result[key] as? [[String: Any]])?.first
                return ((location?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])?["startColumn"] as? Int
            }
            return (column("locations"), column("relatedLocations"))
        }
        let sarif = try columns(root: root)
        #expect(sarif.finding == line.utf16.count - "store.save()".utf16.count + 1)
        #expect(sarif.finding == byteColumn - 3)
        #expect(sarif.note == 6)
        #expect(DiagnosticRenderer.render([finding], as: .text, tool: Self.tool).hasPrefix("S.swift:2:\(byteColumn):"))
        let json = DiagnosticRenderer.render([finding], as: .json, tool: Self.tool)
        #expect((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])?.first?["column"] as? Int == byteColumn)
        // A file that is gone keeps the byte column.
        #expect(try columns(root: root.appendingPathComponent("missing")).finding == byteColumn)
    }

    @Test func uriEncodingRoundTrips() {
        for path in ["a/b.swift", "A B&C/x y.swift", "weird:name,1.swift", "Ünïcode/ファイル.swift", "100%.swift"] {
            let encoded = URIReference.percentEncoded(path)
            #expect(encoded.allSatisfy { $0.isASCII && $0 != " " && $0 != "&" && $0 != ":" && $0 != "," })
            #expect(URIReference.decoded(encoded) == path)
        }
    }

    @Test func notesFollowTheirFindingInTextAndGitHubOutput() {
        #expect(DiagnosticRenderer.render([Self.withNote], as: .text, tool: Self.tool) == """
            A B&C/x y.swift:5:9: error: 'audit()' uses outer store 'store' (line 12) [outer-store-in-tx]
            A B&C/x y.swift:12:13: note: 'store' used here, reached from 'audit()'

            """)
        #expect(DiagnosticRenderer.github(Self.withNote)
            == "::error file=A B&C/x y.swift,line=5,col=9,title=outer-store-in-tx::'audit()' uses outer store 'store' (line 12)%0Anote: A B&C/x y.swift:12:13: 'store' used here, reached from 'audit()'")
    }

    @Test func githubEscapingMatchesTheActionsToolkit() {
        #expect(GitHubEscaping.data("a%b\r\nc:d,e") == "a%25b%0D%0Ac:d,e")
        #expect(GitHubEscaping.property("a%b\r\nc:d,e") == "a%25b%0D%0Ac%3Ad%2Ce")
    }

    @Test func exitStatusFollowsSeverity() {
        let warning = Diagnostic(rule: Self.importOrder, file: "a", line: 1, column: 1, message: "w")
        #expect(ExitStatus.code(for: []) == 0)
        #expect(ExitStatus.code(for: [warning]) == 0)
        #expect(ExitStatus.code(for: [warning], strict: true) == 1)
        #expect(ExitStatus.code(for: Self.diagnostics) == 1)
        #expect(ExitStatus.code(for: Self.diagnostics + [.atFileStart(.ioError, file: "x", message: "cannot read file")]) == 2)
    }

    @Test func diagnosticsSortByFileAndPosition() {
        let rule = Rule(id: "r", summary: "s", rationale: "r")
        let a = Diagnostic(rule: rule, file: "a.swift", line: 2, column: 1, message: "m")
        let b = Diagnostic(rule: rule, file: "a.swift", line: 10, column: 1, message: "m")
        let c = Diagnostic(rule: rule, file: "b.swift", line: 1, column: 1, message: "m")
        #expect([c, b, a].sorted() == [a, b, c])
    }
}

import Foundation
import Testing

import APIGenKit
import ImportSortKit
import IntxCheckKit
import TestSupport
import ToolSupport

/// The catalog is executable documentation, as SwiftLint's generated rule tests make it: every
/// example runs through its tool's real pipeline, and docs/rules.md documents every rule.
@Suite struct RuleCatalogTests {
    static let tools: [ToolDescription] = [.intxcheck, .importsort, .apigen]

    /// Rules no text snippet can trigger (they need a file system or an internal failure); the
    /// hostile-input suite covers the first two.
    static let exampleFree: Set<String> = ["io-error", "invalid-encoding", "openapi-document"]

    /// What a tool reports for one example file, run the way the command line runs it.
    static func diagnostics(_ tool: ToolDescription, example: String) throws -> [Diagnostic] {
        let directory = try Fixtures.scratch(["Example.swift": example], prefix: "catalog")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("Example.swift").path
        switch tool.name {
        case "intxcheck":
            let options = IntxCheckOptions(reportUnusedIgnores: Fixtures.flags(in: example, tool: "intxcheck").contains("--report-unused-ignores"))
            return IntxCheckRunner(options: options).check(files: [file], cache: nil).diagnostics
        case "importsort":
            return ImportSortRunner(options: ImportSortOptions()).check(files: [file], cache: nil).diagnostics
        default:
            let output = directory.appendingPathComponent("out")
            let files = [("Example.swift", example)]
            let options = APIGenOptions(
                openAPIPath: output.appendingPathComponent("openapi.json").path, swiftPath: output.appendingPathComponent("APIClient.swift").path)
            switch APIGenerator.generateReporting(files: files, options: options) {
            case .failure(let failure): return failure.diagnostics
            case .success(let (outputs, warnings)):
                // As `apigen --check --verify-routes` runs it.
                let routes = (try? APIGenerator.verifyRoutes(files: files).get()) ?? []
                return APIGenerator.staleFiles(outputs) + warnings + routes
            }
        }
    }

    static var ruleCases: [String] {
        tools.flatMap { tool in tool.rules.map { "\(tool.name)/\($0.id)" } }
    }

    @Test(arguments: ruleCases)
    func examplesBehaveAsDocumented(_ ruleCase: String) throws {
        let parts = ruleCase.split(separator: "/").map(String.init)
        let tool = try #require(Self.tools.first { $0.name == parts[0] })
        let rule = try #require(tool.rule(parts[1]))
        #expect(!rule.summary.isEmpty && !rule.rationale.isEmpty)
        if !Self.exampleFree.contains(rule.id) {
            #expect(!rule.triggeringExamples.isEmpty, "\(ruleCase) has no triggering example")
        }
        for example in rule.triggeringExamples {
            let found = try Self.diagnostics(tool, example: example)
            #expect(found.contains { $0.rule == rule.id }, "\(ruleCase) not triggered by:\n\(example)\ngot: \(found.map(\.message))")
            #expect(found.filter { $0.rule == rule.id }.allSatisfy { $0.severity == rule.defaultSeverity })
        }
        for example in rule.nonTriggeringExamples {
            let found = try Self.diagnostics(tool, example: example)
            #expect(!found.contains { $0.rule == rule.id }, "\(ruleCase) triggered by:\n\(example)\ngot: \(found.map(\.message))")
        }
    }

    @Test func ruleIDsAreUniqueAndKebabCase() {
        for tool in Self.tools {
            #expect(Set(tool.rules.map(\.id)).count == tool.rules.count, "\(tool.name) declares a rule twice")
            for rule in tool.rules {
                #expect(rule.id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(rule.id)")
            }
        }
    }

    static let rulesBegin = "<!-- generated from the rule catalog: UPDATE_GOLDEN=1 swift test --filter RuleCatalogTests -->\n"
    static let rulesEnd = "<!-- end of the generated rules -->\n"

    /// docs/rules.md's per-tool rule lists and `## id` sections, as the catalog states them: each
    /// tool's line, then every rule once, in the tools' order.
    static func readmeRules() -> String {
        var text = ""
        for tool in tools {
            text += "**\(tool.name)**: " + tool.rules.map { "[`\($0.id)`](#\($0.helpAnchor))" }.joined(separator: ", ") + "\n\n"
        }
        var documented: Set<String> = []
        for rule in tools.flatMap(\.rules) where documented.insert(rule.id).inserted {
            let owners = tools.filter { $0.rule(rule.id) != nil }.map(\.name)
            let who = owners.count == tools.count ? "all three tools" : owners.joined(separator: ", ")
            text += "## \(rule.id)\n\n\(rule.summary) (\(who); default severity `\(rule.defaultSeverity.rawValue)`)\n\n\(rule.rationale)\n\n"
        }
        return text
    }

    /// Each rule's help link lands on its `## id` heading of docs/rules.md, and that page's rule
    /// lists and sections are the catalog's (`UPDATE_GOLDEN=1` rewrites them).
    @Test func readmeDocumentsEveryRule() throws {
        let url = Fixtures.root.appendingPathComponent("docs/rules.md")
        let readme = try Fixtures.read(url)
        let begin = try #require(readme.range(of: Self.rulesBegin), "docs/rules.md lacks the generated-rules marker")
        let end = try #require(readme.range(of: Self.rulesEnd, range: begin.upperBound..<readme.endIndex))
        let expected = Self.readmeRules()
        if Fixtures.updateGolden {
            try Data(readme.replacingCharacters(in: begin.upperBound..<end.lowerBound, with: expected).utf8).write(to: url)
        } else {
            #expect(String(readme[begin.upperBound..<end.lowerBound]) == expected, "docs/rules.md's rules differ from the catalog; UPDATE_GOLDEN=1 rewrites them")
        }
        for tool in Self.tools {
            for rule in tool.rules { #expect(rule.helpURI.hasSuffix("docs/rules.md#\(rule.helpAnchor)")) }
        }
    }

    /// The configuration schema offers exactly each tool's rules for `"rules"`.
    @Test func schemaListsEveryRule() throws {
        let schema = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: Fixtures.root.appendingPathComponent("docs/swift-buildtools.schema.json"))) as? [String: Any])
        let sections = try #require(schema["properties"] as? [String: [String: Any]])
        for tool in Self.tools {
            let rules = ((sections[tool.name]?["properties"] as? [String: Any])?["rules"] as? [String: Any])?["propertyNames"] as? [String: Any]
            #expect((rules?["enum"] as? [String]) == tool.rules.map(\.id), "\(tool.name)")
        }
    }
}

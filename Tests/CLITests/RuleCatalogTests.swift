import Foundation
import Testing

import APIGenKit
import ImportSortKit
import IntxCheckKit
import TestSupport
import ToolSupport

/// The catalog is executable documentation, as SwiftLint's generated rule tests make it: every
/// example runs through its tool's real pipeline, and the README documents every rule.
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
            let output = directory.appendingPathComponent("out/openapi.json").path
            let files = [("Example.swift", example)]
            switch APIGenerator.generate(files: files, options: APIGenOptions(openAPIPath: output)) {
            case .failure(let failure): return failure.diagnostics
            case .success(let outputs):
                // As `apigen --check --verify-routes` runs it.
                let routes = (try? APIGenerator.verifyRoutes(files: files).get()) ?? []
                return APIGenerator.staleFiles(outputs) + routes
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

    /// Each rule's help link lands on a `### id` heading of the README.
    @Test func readmeDocumentsEveryRule() throws {
        let readme = try Fixtures.read(Fixtures.root.appendingPathComponent("README.md"))
        let headings = Set(readme.split(separator: "\n").filter { $0.hasPrefix("### ") }.map { String($0.dropFirst(4)) })
        for tool in Self.tools {
            for rule in tool.rules {
                #expect(headings.contains(rule.id), "README.md has no '### \(rule.id)' heading for \(tool.name)")
                #expect(rule.helpURI.hasSuffix("README.md#\(rule.id)"))
            }
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

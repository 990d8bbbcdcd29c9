import Foundation
import Testing

import TestSupport
import ToolSupport

@Suite struct ConfigurationTests {
    static let tool = ToolDescription(name: "intxcheck", rules: [Rule(id: "outer-store-in-tx", summary: "s", rationale: "r")])

    /// Loads `text` as a configuration file and returns the error it gives, as printed.
    static func error(_ text: String, section: String = "intxcheck", read: (ConfigSection) throws -> Void = { _ in }) throws -> String? {
        let directory = try Fixtures.scratch([Configuration.fileName: text], prefix: "config")
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            try read(try Configuration.load(directory.appendingPathComponent(Configuration.fileName).path).section(section))
            return nil
        } catch let error as ConfigurationError {
            return "\(error.position.line):\(error.position.column): \(error.message)"
        }
    }

    @Test func foundInTheNearestAncestor() throws {
        let root = try Fixtures.scratch([Configuration.fileName: "{}", "a/b/c/File.swift": ""], prefix: "config")
        defer { try? FileManager.default.removeItem(at: root) }
        let found = try #require(Configuration.find(startingAt: root.appendingPathComponent("a/b/c").path))
        #expect(URL(fileURLWithPath: found).standardizedFileURL.path == root.appendingPathComponent(Configuration.fileName).standardizedFileURL.path)
        let inner = root.appendingPathComponent("a/\(Configuration.fileName)")
        try Data("{}".utf8).write(to: inner)
        #expect(Configuration.find(startingAt: root.appendingPathComponent("a/b").path).map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            == inner.standardizedFileURL.path)
    }

    @Test func readsTypedValuesAndResolvesPathsAgainstTheFile() throws {
        let directory = try Fixtures.scratch([Configuration.fileName: """
            {"$schema": "x", "intxcheck": {"paths": ["Sources"], "methods": ["write"], "reportUnusedIgnores": true,
             "rules": {"outer-store-in-tx": "warning"}}}
            """], prefix: "config")
        defer { try? FileManager.default.removeItem(at: directory) }
        let section = try Configuration.load(directory.appendingPathComponent(Configuration.fileName).path).section("intxcheck")
        #expect(try section.strings("methods") == ["write"])
        #expect(try section.bool("reportUnusedIgnores") == true)
        #expect(try section.paths("paths") == [directory.appendingPathComponent("Sources").standardizedFileURL.path])
        #expect(try section.ruleSettings(for: Self.tool).overrides == ["outer-store-in-tx": .warning])
    }

    @Test func everyErrorNamesItsPlace() throws {
        #expect(try Self.error("{\n  \"intxcheck\": {\"methods\": [\"a\",]}\n}") == "2:33: malformed JSON: expected a JSON value")
        #expect(try Self.error("{\"intxchek\": {}}") == "1:2: unknown section 'intxchek'; valid sections: apigen, importsort, intxcheck")
        #expect(try Self.error("{\"intxcheck\": {\n  \"method\": []}}")
            == "2:3: unknown key 'method' in 'intxcheck'; valid keys: paths, exclude, profiles, profileDefinitions, methods, allow, reportUnusedIgnores, cachePath, indexStore, rules")
        #expect(try Self.error("{\"intxcheck\": {\"methods\": \"inTx\"}}", read: { _ = try $0.strings("methods") })
            == "1:27: 'intxcheck.methods' must be an array of strings, not a string")
        #expect(try Self.error("{\"intxcheck\": {\"methods\": [1]}}", read: { _ = try $0.strings("methods") })
            == "1:28: 'intxcheck.methods' must be an array of strings, not hold a number")
        #expect(try Self.error("{\"intxcheck\": {\"rules\": {\"no-such-rule\": \"off\"}}}", read: { _ = try $0.ruleSettings(for: Self.tool) })
            == "1:26: unknown rule 'no-such-rule' for intxcheck; valid rules: outer-store-in-tx, parse-error, invalid-encoding, io-error")
        #expect(try Self.error("{\"intxcheck\": {\"rules\": {\"outer-store-in-tx\": \"loud\"}}}", read: { _ = try $0.ruleSettings(for: Self.tool) })
            == "1:47: rule 'outer-store-in-tx' must be set to error, warning or off")
        #expect(try Self.error("[1]") == "1:1: the configuration must be a JSON object")
        #expect(try Self.error("{\"a\": 1, \"a\": 2}") == "1:10: malformed JSON: duplicate key 'a'")
    }

    @Test func ruleSettingsChangeSeverityOrDropFindings() {
        let rule = Rule(id: "r", summary: "s", rationale: "r")
        let finding = Diagnostic(rule: rule, file: "a", line: 1, column: 1, message: "m")
        var settings = RuleSettings()
        settings.overrides = ["r": .warning]
        #expect(settings.apply([finding]).map(\.severity) == [.warning])
        settings.overrides = ["r": .off, "io-error": .off]
        #expect(settings.apply([finding]).isEmpty)
        #expect(settings.apply([.atFileStart(.ioError, file: "a", message: "cannot read file")]).count == 1, "a file not read was not checked")
    }

    /// The schema editors use lists exactly the keys and rules the tools accept.
    @Test func schemaMatchesTheConfigurationReader() throws {
        let schema = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: Fixtures.root.appendingPathComponent("docs/swift-buildtools.schema.json"))) as? [String: Any])
        let sections = try #require(schema["properties"] as? [String: [String: Any]])
        for (tool, keys) in Configuration.sectionKeys {
            let properties = try #require(sections[tool]?["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Set(keys), "\(tool)")
        }
        #expect(Set(sections.keys) == Set(Configuration.sectionKeys.keys).union(Configuration.topLevelKeys))
    }

    /// `rulesURL` applies to every tool's section; anything but an absolute URL is refused.
    @Test func rulesURLIsReadForEveryTool() throws {
        let directory = try Fixtures.scratch([Configuration.fileName: #"{ "rulesURL": "https://docs.example.com/rules.html", "intxcheck": {} }"#], prefix: "config")
        defer { try? FileManager.default.removeItem(at: directory) }
        let configuration = try Configuration.load(directory.appendingPathComponent(Configuration.fileName).path)
        #expect(configuration.section("intxcheck").rulesURL == "https://docs.example.com/rules.html")
        #expect(configuration.section("apigen").rulesURL == "https://docs.example.com/rules.html")
        let bad = try Fixtures.scratch([Configuration.fileName: #"{ "rulesURL": "rules.html" }"#], prefix: "config")
        defer { try? FileManager.default.removeItem(at: bad) }
        #expect(throws: ConfigurationError.self) { try Configuration.load(bad.appendingPathComponent(Configuration.fileName).path) }
    }
}

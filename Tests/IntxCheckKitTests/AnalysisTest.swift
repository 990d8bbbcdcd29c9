import Foundation
import Testing

import SwiftParser
import SwiftSyntax

import IntxCheckKit
import ToolSupport

/// go/analysis' analysistest for intxcheck: each fixture carries its expectations inline as
/// `// want "message regex"` comments on the lines that must be flagged; a line without one must
/// not be. A first-line `// intxcheck-flags: …` comment sets options.
enum AnalysisTest {
    static let fixtureDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("testdata/intxcheck")

    static var fixtureNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtureDirectory.path)) ?? [])
            .filter { $0.hasSuffix(".swift") }.sorted()
    }

    struct Expectation {
        let line: Int
        let pattern: String
    }

    /// Runs one fixture and returns every mismatch as a readable line; empty means it passed.
    static func run(_ name: String) throws -> [String] {
        let source = try String(contentsOf: fixtureDirectory.appendingPathComponent(name), encoding: .utf8)
        let options = try self.options(in: source)
        let diagnostics = IntxCheck.analyze(source: source, file: name, options: options)
        var expectations = wants(in: source)
        var problems: [String] = []
        for diagnostic in diagnostics {
            let index = try expectations.firstIndex { expectation in
                guard expectation.line == diagnostic.line else { return false }
                return try Regex(expectation.pattern).firstMatch(in: diagnostic.message) != nil
            }
            if let index {
                expectations.remove(at: index)
            } else {
                problems.append("\(name):\(diagnostic.line):\(diagnostic.column): unexpected diagnostic: \(diagnostic.message)")
            }
        }
        for expectation in expectations {
            problems.append("\(name):\(expectation.line): no diagnostic matching \"\(expectation.pattern)\"")
        }
        return problems
    }

    /// The `want` expectations, read from the comments of the parsed fixture.
    static func wants(in source: String) -> [Expectation] {
        let tree = Parser.parse(source: source)
        let converter = SourceLocationConverter(fileName: "", tree: tree)
        var expectations: [Expectation] = []
        func scan(_ trivia: Trivia, from start: AbsolutePosition) {
            var position = start
            for piece in trivia {
                if case .lineComment(let text) = piece {
                    let line = converter.location(for: position).line
                    expectations += patterns(inComment: text).map { Expectation(line: line, pattern: $0) }
                }
                position += piece.sourceLength
            }
        }
        for token in tree.tokens(viewMode: .sourceAccurate) {
            scan(token.leadingTrivia, from: token.position)
            scan(token.trailingTrivia, from: token.endPositionBeforeTrailingTrivia)
        }
        return expectations
    }

    /// The quoted patterns after `want` in a comment; `\"` inside a pattern is a quote.
    static func patterns(inComment text: String) -> [String] {
        guard let range = text.range(of: "// want ", options: .backwards) ?? (text.hasPrefix("//want ") ? text.range(of: "//want ") : nil) else {
            return []
        }
        var patterns: [String] = []
        var rest = text[range.upperBound...].drop { $0 == " " }
        while rest.first == "\"" {
            rest = rest.dropFirst()
            var pattern = ""
            var escaped = false
            while let character = rest.first {
                rest = rest.dropFirst()
                if escaped {
                    pattern += character == "\"" ? "\"" : "\\\(character)"
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    break
                } else {
                    pattern.append(character)
                }
            }
            patterns.append(pattern)
            rest = rest.drop { $0 == " " }
        }
        return patterns
    }

    static func options(in source: String) throws -> IntxCheckOptions {
        var options = IntxCheckOptions()
        guard let first = source.split(separator: "\n").first, first.hasPrefix("// intxcheck-flags:") else { return options }
        let words = first.dropFirst("// intxcheck-flags:".count).split(separator: " ").map(String.init)
        var methods: [String] = []
        var index = 0
        while index < words.count {
            switch words[index] {
            case "--method":
                index += 1
                methods.append(words[index])
            case "--report-unused-ignores":
                options.reportUnusedIgnores = true
            default:
                throw FixtureError(message: "unknown flag \(words[index])")
            }
            index += 1
        }
        if !methods.isEmpty { options.methods = methods }
        return options
    }

    struct FixtureError: Error { let message: String }
}

@Suite struct IntxCheckFixtureTests {
    @Test func fixturesExist() {
        #expect(AnalysisTest.fixtureNames.count >= 10)
    }

    @Test(arguments: AnalysisTest.fixtureNames)
    func fixture(_ name: String) throws {
        let problems = try AnalysisTest.run(name)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// The harness itself must be able to fail: a missing finding and an extra one are both caught.
    @Test func harnessReportsMismatches() throws {
        #expect(AnalysisTest.patterns(inComment: #"// want "a\"b" "c""#) == [#"a"b"#, "c"])
        let source = """
            func f(store: Store) throws {
                try store.inTx { tx in
                    try store.insert(1)
                    try tx.insert(2) // want "never produced"
                }
            }
            """
        let wants = AnalysisTest.wants(in: source)
        #expect(wants.count == 1 && wants[0].line == 4)
        let diagnostics = IntxCheck.analyze(source: source, file: "inline.swift")
        #expect(diagnostics.map(\.line) == [3])
    }
}

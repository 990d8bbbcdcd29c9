import Foundation

import SwiftParser
import SwiftSyntax

import ToolSupport

/// go/analysis' analysistest for these tools: a fixture carries its expectations inline, as
/// `// want "message regex"` on the line that must be flagged (several patterns for several
/// findings), or `// want:COLUMN "regex"` to pin the column too. A line without one must not be
/// flagged. Doc and block comment lines may carry them as well (apigen flags annotation lines).
public enum WantHarness {
    public struct Expectation: Equatable, Sendable {
        public let line: Int
        public let column: Int?
        public let pattern: String

        public init(line: Int, column: Int?, pattern: String) {
            self.line = line
            self.column = column
            self.pattern = pattern
        }
    }

    /// Every mismatch between the findings and the expectations, as readable lines; empty means
    /// the fixture passed.
    public static func mismatches(_ diagnostics: [Diagnostic], against expectations: [Expectation], file: String) -> [String] {
        var open = expectations
        var problems: [String] = []
        for diagnostic in diagnostics {
            let index = open.firstIndex { expectation in
                guard expectation.line == diagnostic.line, expectation.column.map({ $0 == diagnostic.column }) ?? true,
                    let regex = try? Regex(expectation.pattern)
                else { return false }
                return diagnostic.message.firstMatch(of: regex) != nil
            }
            if let index {
                open.remove(at: index)
            } else {
                problems.append("\(file):\(diagnostic.line):\(diagnostic.column): unexpected diagnostic: \(diagnostic.message) [\(diagnostic.rule)]")
            }
        }
        for expectation in open {
            let column = expectation.column.map { ":\($0)" } ?? ""
            problems.append("\(file):\(expectation.line)\(column): no diagnostic matching \"\(expectation.pattern)\"")
        }
        for expectation in expectations where (try? Regex(expectation.pattern)) == nil {
            problems.append("\(file):\(expectation.line): \"\(expectation.pattern)\" is not a valid regex")
        }
        return problems
    }

    /// The expectations, read from the comments of the parsed source.
    public static func expectations(in source: String) -> [Expectation] {
        let tree = Parser.parse(source: source)
        let converter = SourceLocationConverter(fileName: "", tree: tree)
        return tree.commentLines(converter: converter).flatMap { comment in
            wants(inComment: comment.text).map { Expectation(line: comment.line, column: $0.column, pattern: $0.pattern) }
        }
    }

    /// The source with every `// want …` removed from the lines that carry one, so a tool that
    /// reads comments (apigen's annotations) sees the text alone. Lines, and columns before the
    /// marker, do not move.
    public static func removingWants(_ source: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let marker = wantMarker(in: line) else { return String(line) }
            var kept = line[..<marker.lowerBound]
            while kept.last == " " { kept = kept.dropLast() }
            return String(kept)
        }.joined(separator: "\n")
    }

    /// `(column, pattern)` pairs after `want` in one comment; `\"` inside a pattern is a quote.
    public static func wants(inComment text: some StringProtocol) -> [(column: Int?, pattern: String)] {
        guard let marker = wantMarker(in: text) else { return [] }
        var rest = text[marker.upperBound...]
        var column: Int?
        if rest.first == ":" {
            let digits = rest.dropFirst().prefix(while: \.isNumber)
            column = Int(digits)
            rest = rest.dropFirst(1 + digits.count)
        }
        return quotedPatterns(Substring(rest)).map { (column, $0) }
    }

    /// `// want fact:"regex"` on a declaration's line, as analysistest states a fact: what the
    /// analyzer's facts for that declaration must say. Lines and patterns.
    public static func factExpectations(in source: String) -> [Expectation] {
        let tree = Parser.parse(source: source)
        let converter = SourceLocationConverter(fileName: "", tree: tree)
        return tree.commentLines(converter: converter).flatMap { comment -> [Expectation] in
            guard let marker = wantMarker(in: comment.text) else { return [] }
            var rest = Substring(comment.text[marker.upperBound...]).drop { $0 == " " }
            var found: [Expectation] = []
            while rest.hasPrefix("fact:") {
                rest = rest.dropFirst("fact:".count)
                guard let pattern = quotedPatterns(rest, limit: 1).first else { break }
                found.append(Expectation(line: comment.line, column: nil, pattern: pattern))
                // Past the closing quote of this pattern.
                var escaped = false
                rest = rest.dropFirst()
                while let character = rest.first {
                    rest = rest.dropFirst()
                    if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { break }
                }
                rest = rest.drop { $0 == " " }
            }
            return found
        }
    }

    /// The quoted patterns at the start of `text`, `\"` inside one being a quote.
    private static func quotedPatterns(_ text: Substring, limit: Int = .max) -> [String] {
        var rest = text.drop { $0 == " " }
        var patterns: [String] = []
        while rest.first == "\"", patterns.count < limit {
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

    /// `// want` followed by a space or a `:`; the last one in the text.
    private static func wantMarker<S: StringProtocol>(in text: S) -> Range<S.Index>? {
        var search = text.startIndex..<text.endIndex
        var found: Range<S.Index>?
        while let range = text.range(of: "// want", range: search) {
            if range.upperBound < text.endIndex, text[range.upperBound] == " " || text[range.upperBound] == ":" { found = range }
            search = range.upperBound..<text.endIndex
        }
        return found
    }
}

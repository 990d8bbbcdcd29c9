import Foundation

import SwiftSyntax

/// Reads doc comments (`///` lines and `/** */` blocks): the text of a declaration's comment, and
/// the annotation lines with their offsets for exact error columns.
enum DocComment {
    /// The `///` or `/** */` doc comment before a declaration, without annotation lines.
    /// Indentation beyond the lines' common margin is kept, so Markdown's nested lists and
    /// indented code survive.
    static func text(of node: some SyntaxProtocol) -> String? {
        let lines = lines(in: node.leadingTrivia, keepingIndentation: true).map(\.text)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("@") }
        let margin = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.prefix { $0 == " " || $0 == "\t" }.count }.min() ?? 0
        let text = lines.map { String($0.dropFirst(min(margin, $0.prefix { $0 == " " || $0 == "\t" }.count))) }
            .joined(separator: "\n").trimmingCharacters(in: .newlines)
        return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
    }

    /// One line of a `/** … */` comment without its `/**`, leading `*`, `*/` and surrounding
    /// blanks; a slice of the line, so its offset in the line is known.
    private static func blockCommentBody(_ line: Substring) -> Substring {
        var body = line.drop { $0 == " " || $0 == "\t" }
        if body.hasPrefix("/**") {
            body = body.dropFirst(3)
        } else if body.hasPrefix("*"), !body.hasPrefix("*/") {
            body = body.dropFirst()
        }
        if body.hasSuffix("*/") { body = body.dropLast(2) }
        body = body.drop { $0 == " " || $0 == "\t" }
        while let last = body.last, last == " " || last == "\t" { body = body.dropLast() }
        return body
    }

    /// The doc comment lines of a trivia, each with its offset from the trivia's start to the
    /// first character of its text. Only the last run of doc comments (the one attached to the
    /// declaration) counts.
    static func lines(in trivia: Trivia, keepingIndentation: Bool = false) -> [(text: String, offset: Int)] {
        var lines: [(String, Int)] = []
        var offset = 0
        var blankLines = 0
        for piece in trivia {
            switch piece {
            case .docLineComment(let text):
                if blankLines > 1 { lines.removeAll() }
                blankLines = 0
                let body = text.dropFirst(3)
                let leading = body.prefix { $0 == " " || $0 == "\t" }
                let kept = keepingIndentation ? body.dropFirst(min(leading.count, 1)) : body.dropFirst(leading.count)
                lines.append((kept.trimmingCharacters(in: keepingIndentation ? [] : .whitespaces), offset + 3 + leading.utf8.count))
            case .docBlockComment(let text):
                lines.removeAll()
                var lineOffset = offset
                for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    let body = blockCommentBody(rawLine)
                    if !body.isEmpty {
                        lines.append((String(body), lineOffset + rawLine.utf8.distance(from: rawLine.startIndex, to: body.startIndex)))
                    }
                    lineOffset += rawLine.utf8.count + 1
                }
                blankLines = 0
            case .newlines(let count), .carriageReturnLineFeeds(let count):
                blankLines += count
            case .lineComment, .blockComment:
                lines.removeAll()
                blankLines = 0
            default:
                break
            }
            offset += piece.sourceLength.utf8Length
        }
        return lines
    }
}

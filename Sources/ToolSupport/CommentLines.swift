import SwiftSyntax

/// One line of a comment and where it starts: a `//` or `///` comment, or one line of a
/// `/* … */` or `/** … */` block.
public struct CommentLine: Sendable {
    public enum Kind: Sendable { case line, docLine, block }

    public let text: String
    public let line: Int
    public let column: Int
    public let kind: Kind
}

extension SourceFileSyntax {
    /// Every comment line, in order: what `// intxcheck:ignore` markers and the test harness's
    /// `// want` expectations are read from.
    public func commentLines(converter: SourceLocationConverter) -> [CommentLine] {
        var comments: [CommentLine] = []
        for token in tokens(viewMode: .sourceAccurate) {
            for (trivia, start) in [(token.leadingTrivia, token.position), (token.trailingTrivia, token.endPositionBeforeTrailingTrivia)] {
                var position = start
                for piece in trivia {
                    let location = converter.location(for: position)
                    switch piece {
                    case .lineComment(let text):
                        comments.append(CommentLine(text: text, line: location.line, column: location.column, kind: .line))
                    case .docLineComment(let text):
                        comments.append(CommentLine(text: text, line: location.line, column: location.column, kind: .docLine))
                    case .blockComment(let text), .docBlockComment(let text):
                        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                            comments.append(CommentLine(
                                text: String(line), line: location.line + offset, column: offset == 0 ? location.column : 1, kind: .block))
                        }
                    default:
                        break
                    }
                    position += piece.sourceLength
                }
            }
        }
        return comments
    }
}

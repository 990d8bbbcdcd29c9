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
    /// Every comment line `isWanted` accepts (by kind and text), in order: what
    /// `// intxcheck:ignore` markers and the test harness's `// want` expectations are read from.
    /// Only accepted comments are located, which keeps a scan of a large file cheap.
    public func commentLines(
        converter: SourceLocationConverter, where isWanted: (CommentLine.Kind, String) -> Bool = { _, _ in true }
    ) -> [CommentLine] {
        var comments: [CommentLine] = []
        for token in tokens(viewMode: .sourceAccurate) {
            for (trivia, start) in [(token.leadingTrivia, token.position), (token.trailingTrivia, token.endPositionBeforeTrailingTrivia)] {
                var position = start
                for piece in trivia {
                    defer { position += piece.sourceLength }
                    switch piece {
                    case .lineComment(let text) where isWanted(.line, text):
                        let location = converter.location(for: position)
                        comments.append(CommentLine(text: text, line: location.line, column: location.column, kind: .line))
                    case .docLineComment(let text) where isWanted(.docLine, text):
                        let location = converter.location(for: position)
                        comments.append(CommentLine(text: text, line: location.line, column: location.column, kind: .docLine))
                    case .blockComment(let text) where isWanted(.block, text), .docBlockComment(let text) where isWanted(.block, text):
                        let location = converter.location(for: position)
                        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                            comments.append(CommentLine(
                                text: String(line), line: location.line + offset, column: offset == 0 ? location.column : 1, kind: .block))
                        }
                    default:
                        break
                    }
                }
            }
        }
        return comments
    }
}

import SwiftSyntax

/// The lines of a node's leading trivia, with byte offsets, so comment lines can be picked out
/// and the untouched bytes around them kept exactly.
struct TriviaLines {
    enum Kind { case blank, comment, other }

    struct Line {
        var start: Int
        /// Where the line's content ends, before its line break.
        var contentEnd: Int
        var kind: Kind
    }

    /// Complete lines, each ended by a line break, in order.
    private(set) var lines: [Line] = []
    /// Where the last, unterminated line (the token's own line) starts.
    private(set) var lastLineStart: Int
    private(set) var containsLineBreak = false

    init(_ trivia: Trivia, startingAt start: Int) {
        var offset = start
        var lineStart = start
        var kind = Kind.blank
        for piece in trivia {
            let length = piece.sourceLength.utf8Length
            let breaks: Int
            switch piece {
            case .newlines(let count), .carriageReturns(let count), .carriageReturnLineFeeds(let count): breaks = count
            case .spaces, .tabs, .verticalTabs, .formfeeds: breaks = 0
            case .lineComment, .blockComment, .docLineComment, .docBlockComment:
                breaks = 0
                if kind == .blank { kind = .comment }
            default:
                breaks = 0
                kind = .other
            }
            if breaks > 0 {
                let unit = length / breaks
                for index in 0..<breaks {
                    let lineBreakStart = offset + index * unit
                    lines.append(Line(start: lineStart, contentEnd: lineBreakStart, kind: kind))
                    lineStart = lineBreakStart + unit
                    kind = .blank
                }
                containsLineBreak = true
            }
            offset += length
        }
        lastLineStart = lineStart
    }
}

import SwiftSyntax

extension SyntaxProtocol {
    /// The node's text without its leading and trailing trivia: what `trimmedDescription` gives,
    /// without building a trimmed copy of the tree first (which cost a tenth of intxcheck's
    /// analysis when every finding asked for it).
    public var trimmedSourceText: String {
        let bytes = syntaxTextBytes
        let start = leadingTriviaLength.utf8Length
        let end = max(start, bytes.count - trailingTriviaLength.utf8Length)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

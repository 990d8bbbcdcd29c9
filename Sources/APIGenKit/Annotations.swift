import Foundation

import SwiftSyntax

/// One `@Key value` line of a doc comment.
struct Annotation {
    var key: String
    var value: String
    var location: SourceLocation
}

/// The annotations of one doc comment, and the declaration it documents.
struct AnnotationBlock {
    var annotations: [Annotation]
    var declarationName: String?
    /// The comment documents a statement (a route registered with an inline closure), not a
    /// declaration: the operation is named after its route when it has no @ID.
    var documentsStatement = false

    static let operationKeys: Set<String> = [
        "Summary", "Description", "ID", "Tags", "Accept", "Produce", "Security", "Param", "Success", "Failure",
        "Header", "Deprecated", "Router",
    ]
    static let infoKeys: Set<String> = [
        "title", "version", "description", "BasePath", "securityDefinitions.apikey", "in", "name", "securityDefinitions.basic",
        "securityDefinitions.oauth2.application", "securityDefinitions.oauth2.implicit", "securityDefinitions.oauth2.password",
        "securityDefinitions.oauth2.accessCode", "tokenUrl", "authorizationUrl",
    ]

    var operationAnnotations: [Annotation] { annotations.filter { Self.operationKeys.contains($0.key) || $0.key.hasPrefix("x-") } }
    var infoAnnotations: [Annotation] { annotations.filter { Self.infoKeys.contains($0.key) || $0.key.hasPrefix("scope.") } }
}

/// Finds annotated doc comments in a file.
enum AnnotationScanner {
    static func blocks(in tree: SourceFileSyntax, file: String) -> [AnnotationBlock] {
        let converter = SourceLocationConverter(fileName: file, tree: tree)
        var blocks: [AnnotationBlock] = []
        for token in tree.tokens(viewMode: .sourceAccurate) {
            let lines = DocComment.lines(in: token.leadingTrivia)
            let annotations = lines.compactMap { line -> Annotation? in
                guard line.text.hasPrefix("@") else { return nil }
                let body = line.text.dropFirst()
                let key = String(body.prefix { !$0.isWhitespace })
                let value = body.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
                let position = AbsolutePosition(utf8Offset: token.position.utf8Offset + line.offset)
                let location = converter.location(for: position)
                return Annotation(key: key, value: value, location: SourceLocation(file: file, line: location.line, column: location.column))
            }
            guard !annotations.isEmpty else { continue }
            let documented = documentedNode(at: token)
            blocks.append(AnnotationBlock(
                annotations: annotations, declarationName: documented?.as(FunctionDeclSyntax.self)?.name.text,
                documentsStatement: documented?.is(CodeBlockItemSyntax.self) == true))
        }
        return blocks
    }

    /// The declaration, or the statement inside a body, whose first token carries the comment.
    private static func documentedNode(at token: TokenSyntax) -> Syntax? {
        var node = token.parent
        while let current = node {
            if current.is(DeclSyntax.self) { return current }
            if let item = current.as(CodeBlockItemSyntax.self), !item.item.is(DeclSyntax.self) { return current }
            node = current.parent
        }
        return nil
    }
}

/// The words of an annotation value: plain words, `"quoted strings"`, and `name(arguments)`
/// attributes kept whole even with spaces inside the parentheses.
enum AnnotationTokenizer {
    enum Token: Equatable {
        case word(String)
        case quoted(String)

        var text: String {
            switch self {
            case .word(let text), .quoted(let text): text
            }
        }
    }

    struct UnterminatedQuote: Error {}

    static func tokens(_ value: String) throws(UnterminatedQuote) -> [Token] {
        var tokens: [Token] = []
        var index = value.startIndex
        while index < value.endIndex {
            let character = value[index]
            if character.isWhitespace {
                index = value.index(after: index)
            } else if character == "\"" {
                var text = ""
                var cursor = value.index(after: index)
                var closed = false
                while cursor < value.endIndex {
                    let next = value[cursor]
                    if next == "\\", value.index(after: cursor) < value.endIndex {
                        cursor = value.index(after: cursor)
                        text.append(value[cursor])
                    } else if next == "\"" {
                        closed = true
                        break
                    } else {
                        text.append(next)
                    }
                    cursor = value.index(after: cursor)
                }
                guard closed else { throw UnterminatedQuote() }
                tokens.append(.quoted(text))
                index = value.index(after: cursor)
            } else {
                var text = ""
                var depth = 0
                var cursor = index
                while cursor < value.endIndex {
                    let next = value[cursor]
                    if next.isWhitespace && depth == 0 { break }
                    if next == "(" { depth += 1 }
                    if next == ")" { depth -= 1 }
                    text.append(next)
                    cursor = value.index(after: cursor)
                }
                tokens.append(.word(text))
                index = cursor
            }
        }
        return tokens
    }
}

import Foundation

import SwiftSyntax

/// One `@Key value` line of a doc comment.
struct Annotation: Codable, Sendable {
    var key: String
    var value: String
    var location: InputLocation
}

/// The annotations of one doc comment, and the declaration it documents.
struct AnnotationBlock: Codable, Sendable {
    var annotations: [Annotation]
    var declarationName: String?
    /// The type (or extended type) the documented function is a member of, for a name that
    /// tells two handlers of one name apart (`TodoController.index`).
    var declarationType: String?
    /// The comment documents a statement (a route registered with an inline closure), not a
    /// declaration: the operation is named after its route when it has no @ID.
    var documentsStatement = false

    /// Keys only an operation has; a block with one of them (or an `@x-…` extension) documents a route.
    static let operationKeys: Set<String> = [
        "Summary", "ID", "Tags", "Accept", "Produce", "Security", "Param", "Success", "Failure", "Header", "Deprecated", "Router",
    ]
    static let infoKeys: Set<String> = [
        "title", "version", "BasePath", "host", "securityDefinitions.apikey", "in", "name", "securityDefinitions.basic",
        "securityDefinitions.oauth2.application", "securityDefinitions.oauth2.implicit", "securityDefinitions.oauth2.password",
        "securityDefinitions.oauth2.accessCode", "tokenUrl", "authorizationUrl", "termsOfService", "contact.name", "contact.url",
        "contact.email", "license.name", "license.url", "tag.name", "tag.description", "tag.docs.url", "tag.docs.description",
        "externalDocs.description", "externalDocs.url",
    ]
    /// `@Description`: the operation's in a route's block, the API's in the general information.
    static let descriptionKey = "Description"

    /// swag reads annotation names case-insensitively (`@param`, `@securitydefinitions.apiKey`):
    /// every spelling maps to the one this code matches on. `@scope.NAME` keeps its scope's
    /// spelling and `@x-…` extensions their name.
    static func canonicalKey(_ key: String) -> String {
        let lowered = key.lowercased()
        if lowered.hasPrefix("scope.") { return "scope." + key.dropFirst("scope.".count) }
        if lowered.hasPrefix("x-") { return key }
        return canonicalKeys[lowered] ?? key
    }

    private static let canonicalKeys: [String: String] = Dictionary(
        (operationKeys.union(infoKeys).union([descriptionKey])).map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

    /// Whether the block documents a route rather than (only) the API.
    var documentsOperation: Bool { annotations.contains { Self.operationKeys.contains($0.key) || $0.key.hasPrefix("x-") } }

    var operationAnnotations: [Annotation] {
        guard documentsOperation else { return [] }
        return annotations.filter { Self.operationKeys.contains($0.key) || $0.key == Self.descriptionKey || $0.key.hasPrefix("x-") }
    }

    var infoAnnotations: [Annotation] {
        let operation = documentsOperation
        return annotations.filter {
            Self.infoKeys.contains($0.key) || $0.key.hasPrefix("scope.") || (!operation && $0.key == Self.descriptionKey)
        }
    }
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
                let written = String(body.prefix { !$0.isWhitespace })
                let key = AnnotationBlock.canonicalKey(written)
                let value = body.dropFirst(written.count).trimmingCharacters(in: .whitespaces)
                let position = AbsolutePosition(utf8Offset: token.position.utf8Offset + line.offset)
                let location = converter.location(for: position)
                return Annotation(key: key, value: value, location: InputLocation(file: file, line: location.line, column: location.column))
            }
            guard !annotations.isEmpty else { continue }
            let documented = documentedNode(at: token)
            let function = documented?.as(FunctionDeclSyntax.self)
            blocks.append(AnnotationBlock(
                annotations: annotations, declarationName: function?.name.text, declarationType: function.flatMap(enclosingTypeName),
                documentsStatement: documented?.is(CodeBlockItemSyntax.self) == true))
        }
        return blocks
    }

    /// `Outer.Inner` for a member of `struct Inner` nested in `Outer` or of `extension Outer.Inner`.
    private static func enclosingTypeName(_ function: FunctionDeclSyntax) -> String? {
        var names: [String] = []
        var node = function.parent
        while let current = node {
            if let type = current.asProtocol(NamedDeclSyntax.self), !current.is(FunctionDeclSyntax.self) {
                names.insert(type.name.text, at: 0)
            } else if let extended = current.as(ExtensionDeclSyntax.self) {
                names.insert(extended.extendedType.trimmedDescription, at: 0)
            }
            node = current.parent
        }
        return names.isEmpty ? nil : names.joined(separator: ".")
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
                    // `\"` is a quote inside the comment; any other backslash is text (`C:\dir`,
                    // Markdown's `\*`), as swag keeps it.
                    if next == "\\", value.index(after: cursor) < value.endIndex, value[value.index(after: cursor)] == "\"" {
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

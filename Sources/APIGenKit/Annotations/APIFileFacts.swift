import Foundation

import SwiftParser
import SwiftSyntax

import ToolSupport

/// What apigen keeps of one input: the types it declares and its annotated doc comments. Plain
/// data, so a warm run builds the spec from the facts cache without parsing an unchanged file.
struct APIFileFacts: Codable, Sendable {
    var types: [TypeDeclaration]
    var blocks: [AnnotationBlock]

    init(tree: SourceFileSyntax, file: String) {
        let collector = TypeCollector(file: file, tree: tree)
        collector.walk(tree)
        types = collector.types
        blocks = AnnotationScanner.blocks(in: tree, file: file)
    }

    /// Bump with any change to these types or to what the collectors record.
    static let schemaVersion = 1
}

/// What apigen supplies to the ``FactsDriver``.
struct APIFactsExtractor: FactsExtractor {
    var tool: ToolDescription { .apigen }
    var factsSchema: Int { APIFileFacts.schemaVersion }

    func facts(of context: FileContext) -> (facts: APIFileFacts, retained: Void?) {
        (APIFileFacts(tree: context.tree, file: context.displayPath), nil)
    }

    // Sorted keys: equal facts are equal bytes.
    func encode(_ facts: APIFileFacts) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(facts)).map { [UInt8]($0) } ?? []
    }

    func decode(_ data: Data) -> APIFileFacts? { try? JSONDecoder().decode(APIFileFacts.self, from: data) }

    /// Locations in the facts name the file as the output shows it.
    func factsKeyContext(displayPath: String) -> String { ";path=" + displayPath }
}

// A type is kept as its source text and parsed back when read: the resolver reads its syntax,
// and locations travel beside it, never through its positions.
extension PropertyDeclaration: Codable {
    private enum CodingKeys: String, CodingKey { case name, type, description, location }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        type = TypeSyntax.reading(try container.decode(String.self, forKey: .type))
        description = try container.decodeIfPresent(String.self, forKey: .description)
        location = try container.decode(InputLocation.self, forKey: .location)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(type.trimmedDescription, forKey: .type)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encode(location, forKey: .location)
    }
}

extension TypeDeclaration.Shape: Codable {
    private enum CodingKeys: String, CodingKey { case object, codingKeys, stringEnum, integerEnum, unsupported, alias }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let properties = try container.decodeIfPresent([PropertyDeclaration].self, forKey: .object) {
            self = .object(properties, codingKeys: try container.decodeIfPresent([String: String].self, forKey: .codingKeys))
        } else if let cases = try container.decodeIfPresent([ModelType.EnumCase<String>].self, forKey: .stringEnum) {
            self = .stringEnum(cases)
        } else if let cases = try container.decodeIfPresent([ModelType.EnumCase<Int>].self, forKey: .integerEnum) {
            self = .integerEnum(cases)
        } else if let reason = try container.decodeIfPresent(String.self, forKey: .unsupported) {
            self = .unsupported(reason)
        } else {
            self = .alias(TypeSyntax.reading(try container.decode(String.self, forKey: .alias)))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .object(let properties, let codingKeys):
            try container.encode(properties, forKey: .object)
            try container.encodeIfPresent(codingKeys, forKey: .codingKeys)
        case .stringEnum(let cases): try container.encode(cases, forKey: .stringEnum)
        case .integerEnum(let cases): try container.encode(cases, forKey: .integerEnum)
        case .unsupported(let reason): try container.encode(reason, forKey: .unsupported)
        case .alias(let type): try container.encode(type.trimmedDescription, forKey: .alias)
        }
    }
}

extension TypeSyntax {
    /// A type written as text, parsed as one.
    static func reading(_ text: String) -> TypeSyntax {
        var parser = Parser(text)
        return TypeSyntax.parse(from: &parser)
    }
}

import Foundation

import SwiftSyntax

/// A Swift type declaration as found, before its property types are resolved.
struct TypeDeclaration: Codable, Sendable {
    enum Shape: Sendable {
        case object([PropertyDeclaration], codingKeys: [String: String]?)
        case stringEnum([ModelType.EnumCase<String>])
        case integerEnum([ModelType.EnumCase<Int>])
        /// An enum without a String or Int raw type: not representable in JSON.
        case unsupported(String)
        /// `typealias Tags = [String]`: the aliased type, resolved where it is used.
        case alias(TypeSyntax)
    }

    var name: String
    var description: String?
    var shape: Shape
    var location: InputLocation
    /// `struct Page<Item: Codable>`: `["Item"]`. A generic type is a model only with arguments.
    var genericParameters: [String] = []

    /// The stored properties Codable encodes, each with its key before the key strategy: with
    /// `CodingKeys`, only the listed ones, under their raw values.
    var encodedProperties: [(property: PropertyDeclaration, key: String)] {
        guard case .object(let properties, let codingKeys) = shape else { return [] }
        return properties.compactMap { property in
            guard let codingKeys else { return (property, property.name) }
            return codingKeys[property.name].map { (property, $0) }
        }
    }
}

struct PropertyDeclaration: Sendable {
    var name: String
    var type: TypeSyntax
    var description: String?
    var location: InputLocation
}

/// Collects structs, classes and enums (nested ones by qualified name) from one file.
final class TypeCollector: SyntaxVisitor {
    private let converter: SourceLocationConverter
    private let file: String
    private var scope: [String] = []
    private(set) var types: [TypeDeclaration] = []

    init(file: String, tree: SourceFileSyntax) {
        self.file = file
        converter = SourceLocationConverter(fileName: file, tree: tree)
        super.init(viewMode: .sourceAccurate)
    }

    func location(of node: some SyntaxProtocol) -> InputLocation {
        let location = converter.location(for: node.positionAfterSkippingLeadingTrivia)
        return InputLocation(file: file, line: location.line, column: location.column)
    }

    override func visit(_ node: StructDeclSyntax) -> SyntaxVisitorContinueKind {
        addObject(name: node.name.text, members: node.memberBlock, node: node)
        types[types.count - 1].genericParameters = node.genericParameterClause?.parameters.map(\.name.text) ?? []
        scope.append(node.name.text)
        return .visitChildren
    }

    override func visitPost(_ node: StructDeclSyntax) { scope.removeLast() }

    override func visit(_ node: ClassDeclSyntax) -> SyntaxVisitorContinueKind {
        addObject(name: node.name.text, members: node.memberBlock, node: node)
        types[types.count - 1].genericParameters = node.genericParameterClause?.parameters.map(\.name.text) ?? []
        scope.append(node.name.text)
        return .visitChildren
    }

    override func visitPost(_ node: ClassDeclSyntax) { scope.removeLast() }

    override func visit(_ node: EnumDeclSyntax) -> SyntaxVisitorContinueKind {
        if node.name.text != "CodingKeys" { addEnum(node) }
        scope.append(node.name.text)
        return .visitChildren
    }

    override func visitPost(_ node: EnumDeclSyntax) { scope.removeLast() }

    override func visit(_ node: ExtensionDeclSyntax) -> SyntaxVisitorContinueKind {
        scope.append(node.extendedType.trimmedDescription)
        return .visitChildren
    }

    override func visitPost(_ node: ExtensionDeclSyntax) { scope.removeLast() }

    override func visit(_ node: TypeAliasDeclSyntax) -> SyntaxVisitorContinueKind {
        // A generic alias would need its arguments bound; such aliases are not API types.
        if node.genericParameterClause == nil {
            types.append(TypeDeclaration(
                name: qualified(node.name.text), description: DocComment.text(of: node), shape: .alias(node.initializer.value),
                location: location(of: node)))
        }
        return .skipChildren
    }

    // Local types inside functions are not API models.
    override func visit(_ node: CodeBlockSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    private func qualified(_ name: String) -> String { (scope + [name]).joined(separator: ".") }

    private func addObject(name: String, members: MemberBlockSyntax, node: some DeclSyntaxProtocol) {
        var properties: [PropertyDeclaration] = []
        var codingKeys: [String: String]?
        for item in members.members {
            if let variable = item.decl.as(VariableDeclSyntax.self) {
                properties += storedProperties(variable)
            } else if let keys = item.decl.as(EnumDeclSyntax.self), keys.name.text == "CodingKeys" {
                codingKeys = Self.codingKeys(keys)
            }
        }
        types.append(TypeDeclaration(
            name: qualified(name), description: DocComment.text(of: node), shape: .object(properties, codingKeys: codingKeys),
            location: location(of: node)))
    }

    /// `let`/`var` with a type annotation, not static, not computed.
    private func storedProperties(_ variable: VariableDeclSyntax) -> [PropertyDeclaration] {
        let isStatic = variable.modifiers.contains { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) }
        guard !isStatic else { return [] }
        return variable.bindings.compactMap { binding in
            guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                let type = binding.typeAnnotation?.type
            else { return nil }
            if let accessors = binding.accessorBlock {
                // Observers keep a property stored; getters make it computed.
                guard case .accessors(let list) = accessors.accessors,
                    list.allSatisfy({ $0.accessorSpecifier.tokenKind == .keyword(.willSet) || $0.accessorSpecifier.tokenKind == .keyword(.didSet) })
                else { return nil }
            }
            // `let x: Int = 0` is not decoded by Codable's synthesized init, but it is encoded.
            return PropertyDeclaration(
                name: name.trimmingCharacters(in: ["`"]), type: type, description: DocComment.text(of: variable),
                location: location(of: binding))
        }
    }

    private static func codingKeys(_ node: EnumDeclSyntax) -> [String: String] {
        var keys: [String: String] = [:]
        for item in node.memberBlock.members {
            guard let caseDecl = item.decl.as(EnumCaseDeclSyntax.self) else { continue }
            for element in caseDecl.elements {
                let swiftName = element.name.text.trimmingCharacters(in: ["`"])
                keys[swiftName] = element.rawValue.flatMap { StringLiteral.value(of: $0.value) } ?? swiftName
            }
        }
        return keys
    }

    private func addEnum(_ node: EnumDeclSyntax) {
        let rawType = node.inheritanceClause?.inheritedTypes.first?.type.trimmedDescription
        let integerTypes: Set<String> = ["Int", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64"]
        let elements = node.memberBlock.members.compactMap { $0.decl.as(EnumCaseDeclSyntax.self) }.flatMap(\.elements)
        let shape: TypeDeclaration.Shape
        if rawType == "String" {
            shape = .stringEnum(elements.map { element in
                let swiftName = element.name.text.trimmingCharacters(in: ["`"])
                return .init(swiftName: swiftName, value: element.rawValue.flatMap { StringLiteral.value(of: $0.value) } ?? swiftName)
            })
        } else if let rawType, integerTypes.contains(rawType) {
            var next = 0
            shape = .integerEnum(elements.map { element in
                let text = element.rawValue?.value.trimmedDescription
                let value = text.flatMap { Int($0.replacingOccurrences(of: "_", with: "")) } ?? next
                next = value + 1
                return .init(swiftName: element.name.text.trimmingCharacters(in: ["`"]), value: value)
            })
        } else {
            shape = .unsupported("enum '\(qualified(node.name.text))' has no String or Int raw type")
        }
        types.append(TypeDeclaration(
            name: qualified(node.name.text), description: DocComment.text(of: node), shape: shape, location: location(of: node)))
    }
}

enum StringLiteral {
    /// The value of a plain string literal without interpolation.
    static func value(of expression: ExprSyntax) -> String? {
        guard let literal = expression.as(StringLiteralExprSyntax.self) else { return nil }
        var value = ""
        for segment in literal.segments {
            guard let text = segment.as(StringSegmentSyntax.self) else { return nil }
            value += text.content.text
        }
        return value
    }
}

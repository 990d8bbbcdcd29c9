import SwiftSyntax

/// The members of every type in a module, extensions included, keyed by type name.
///
/// Scope lookup answers an unqualified name inside a type with "look among the members of T";
/// this index is how that question gets answered, and how helper methods are found.
struct TypeIndex {
    let types: [String: TypeFacts]

    init(types: [String: TypeFacts]) {
        self.types = types
    }

    func members(of typeKey: String?) -> TypeFacts? {
        guard let typeKey else { return nil }
        return types[typeKey]
    }

    /// The key of the type whose `self` is in effect at `node`: the innermost enclosing type or
    /// extension. Nested types are qualified (`Outer.Inner`); an extension uses the name it extends.
    static func enclosingTypeKey(of node: some SyntaxProtocol) -> String? {
        var current = node.parent
        while let candidate = current {
            if let key = typeKey(of: candidate) { return key }
            current = candidate.parent
        }
        return nil
    }

    /// The key of a type declaration or extension node; nil for any other node.
    static func typeKey(of node: Syntax) -> String? {
        let ownName: String
        switch node.as(SyntaxEnum.self) {
        case .structDecl(let decl): ownName = decl.name.text
        case .classDecl(let decl): ownName = decl.name.text
        case .actorDecl(let decl): ownName = decl.name.text
        case .enumDecl(let decl): ownName = decl.name.text
        case .protocolDecl(let decl): ownName = decl.name.text
        case .extensionDecl(let decl): return decl.extendedType.trimmedSourceText
        default: return nil
        }
        if let outer = enclosingTypeKey(of: node) { return outer + "." + ownName }
        return ownName
    }
}

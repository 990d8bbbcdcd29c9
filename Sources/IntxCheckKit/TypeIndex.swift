import SwiftSyntax

/// The members of every type declared in one file, extensions included, keyed by type name.
///
/// Scope lookup answers an unqualified name inside a type with "look among the members of T";
/// this index is how that question gets answered, and how same-file helper methods are found.
final class TypeIndex {
    struct TypeMembers {
        /// Stored and computed properties, methods, nested types, enum cases.
        var names: Set<String> = []
        /// Method declarations by base name (overloads share an entry).
        var methods: [String: [FunctionDeclSyntax]] = [:]
        /// Declared types of stored and computed properties, where written or evident
        /// (`let dbQueue: DatabaseQueue`, `let pool = DatabasePool(…)`).
        var propertyTypes: [String: String] = [:]
    }

    private(set) var types: [String: TypeMembers] = [:]

    init(_ file: SourceFileSyntax) {
        let collector = MemberCollector(viewMode: .sourceAccurate)
        collector.walk(file)
        types = collector.types
    }

    func members(of typeKey: String?) -> TypeMembers? {
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
        case .extensionDecl(let decl): return decl.extendedType.trimmedDescription
        default: return nil
        }
        if let outer = enclosingTypeKey(of: node) { return outer + "." + ownName }
        return ownName
    }
}

private final class MemberCollector: SyntaxVisitor {
    var types: [String: TypeIndex.TypeMembers] = [:]

    override func visit(_ node: MemberBlockSyntax) -> SyntaxVisitorContinueKind {
        guard let owner = node.parent, let key = TypeIndex.typeKey(of: owner) else { return .visitChildren }
        var members = types[key] ?? TypeIndex.TypeMembers()
        collect(node.members, into: &members)
        types[key] = members
        return .visitChildren
    }

    /// Members, including those inside `#if` clauses (either branch may be the one compiled).
    private func collect(_ items: MemberBlockItemListSyntax, into members: inout TypeIndex.TypeMembers) {
        for item in items {
            let decl = item.decl
            if let function = decl.as(FunctionDeclSyntax.self) {
                members.names.insert(function.name.text)
                members.methods[function.name.text, default: []].append(function)
            } else if let variable = decl.as(VariableDeclSyntax.self) {
                for binding in variable.bindings {
                    if let identifier = binding.pattern.as(IdentifierPatternSyntax.self) {
                        members.names.insert(identifier.identifier.text)
                        if let type = DeclaredType.of(binding) { members.propertyTypes[identifier.identifier.text] = type }
                    }
                }
            } else if let enumCase = decl.as(EnumCaseDeclSyntax.self) {
                for element in enumCase.elements { members.names.insert(element.name.text) }
            } else if let ifConfig = decl.as(IfConfigDeclSyntax.self) {
                for clause in ifConfig.clauses {
                    if case .decls(let nested) = clause.elements { collect(nested, into: &members) }
                }
            } else if let named = decl.asProtocol(NamedDeclSyntax.self) {
                members.names.insert(named.name.text)
            }
        }
    }

    // Function bodies hold no member declarations; skipping them keeps the index pass cheap.
    override func visit(_ node: CodeBlockSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
}

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

    /// The declared type after reading `members` from a value of type `typeKey`
    /// (`PersistentStorage` + `main.context` → `NSManagedObjectContext`); nil once a member's type
    /// is unknown.
    func type(of members: some Sequence<String>, from typeKey: String?) -> String? {
        var current = typeKey
        for member in members {
            guard let type = current, let facts = self.members(of: type) else { return nil }
            current = facts.propertyTypes[member] ?? Self.sharedInstanceType(member, of: type, facts)
        }
        return current
    }

    /// The declared type of what a store path denotes: read from `self`'s type, or from a type
    /// named by the root (`CoreDataManager.shared.container`); nil for locals and unknowns.
    func declaredType(of path: StorePath) -> String? {
        switch path.root {
        case .selfValue(let typeKey): return type(of: path.members, from: typeKey)
        case .unresolved(let name) where name.first?.isUppercase == true: return type(of: path.members, from: name)
        default: return nil
        }
    }

    /// `Storage.shared`: a singleton whose declaration states no type is of the type it is declared in.
    private static func sharedInstanceType(_ member: String, of type: String, _ facts: TypeFacts) -> String? {
        ["shared", "default", "instance", "current", "standard"].contains(member) && facts.names.contains(member) ? type : nil
    }

    /// The first prefix of `members`, read from `typeKey`, whose declared type is one of `types`:
    /// its length, or nil.
    func connectionPrefix(of members: [String], from typeKey: String?, types connectionTypes: Set<String>) -> Int? {
        guard !connectionTypes.isEmpty else { return nil }
        var current = typeKey
        for (offset, member) in members.enumerated() {
            guard let type = current, let facts = self.members(of: type) else { return nil }
            current = facts.propertyTypes[member] ?? Self.sharedInstanceType(member, of: type, facts)
            if let found = current, connectionTypes.contains(Self.baseName(found)) { return offset + 1 }
        }
        return nil
    }

    /// A computed property's chain, relative to `self` of its type.
    func computedChain(_ member: String, of typeKey: String?) -> [String]? {
        members(of: typeKey)?.computedChains[member]
    }

    /// Types whose values are plain data: reading a property of one of these types off the store
    /// (`DataController.shared.initializationCompleted`) is no database access.
    static let plainValueTypes: Set<String> = [
        "Bool", "Int", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64", "Double", "Float",
        "String", "Substring", "Character", "URL", "Date", "UUID", "Data", "TimeInterval", "CGFloat", "Decimal",
    ]

    /// Whether `members`, read from `typeKey`, end at a property the module declares as plain data.
    func endsInPlainValue(_ members: some Collection<String>, from typeKey: String?) -> Bool {
        guard !members.isEmpty, let type = type(of: members, from: typeKey) else { return false }
        return Self.plainValueTypes.contains(Self.baseName(type))
    }

    static func baseName(_ typeKey: String) -> String {
        typeKey.split(separator: ".").last.map(String.init) ?? typeKey
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

import SwiftLexicalLookup
import SwiftSyntax

/// Turns reference chains into ``StorePath``s by scope lookup, seeing through aliases
/// (`let outer = self.store`, `let me = self`, `if let db = store`).
///
/// Lookups are the expensive part of the analysis, so callers ask only about names that can
/// matter, and results per declaration are memoized.
final class NameResolver {
    /// A resolved chain: the path it denotes and, when it went through an alias, the alias's name.
    struct Resolution {
        var path: StorePath
        var alias: String?
    }

    let types: TypeIndex
    /// The value each alias declaration denotes (nil: not an alias of a chain).
    private var aliasTargets: [SyntaxIdentifier: Resolution?] = [:]
    private var aliasesInProgress: Set<SyntaxIdentifier> = []

    init(types: TypeIndex) {
        self.types = types
    }

    /// Resolves `expression` if it is a chain of names.
    func resolve(_ expression: ExprSyntax) -> Resolution? {
        guard let chain = ReferenceChain(expression) else { return nil }
        guard var resolution = resolveRoot(chain.root) else { return nil }
        resolution.path.members += chain.members
        return resolution
    }

    /// Resolves one name reference: `self`, a local binding (through aliases), an implicit member
    /// of `self`, or an unresolved name.
    func resolveRoot(_ reference: DeclReferenceExprSyntax) -> Resolution? {
        let token = reference.baseName
        if token.tokenKind == .keyword(.self) {
            return Resolution(path: StorePath(root: .selfValue(typeKey: TypeIndex.enclosingTypeKey(of: reference))))
        }
        guard let identifier = Identifier(token) else { return nil }
        return resolve(identifier, at: Syntax(reference))
    }

    /// Resolves an unqualified name as seen from `node`.
    ///
    /// A lower-case name no scope declares, used inside a type, is taken as a member of that
    /// type: it is declared in another file (an extension's type, a superclass) far more often
    /// than it is a global that the type's members do not shadow.
    func resolve(_ identifier: Identifier, at node: Syntax) -> Resolution {
        let name = identifier.name
        var enclosingType: String??
        for result in node.lookup(identifier) {
            switch result {
            case .fromScope(_, let names):
                guard let declared = names.first else { continue }
                return resolution(ofBinding: declared, name: name)
            case .lookForMembers(let typeScope):
                let typeKey = TypeIndex.typeKey(of: typeScope)
                if enclosingType == nil { enclosingType = .some(typeKey) }
                if types.members(of: typeKey)?.names.contains(name) == true {
                    return Resolution(path: StorePath(root: .selfValue(typeKey: typeKey), members: [name]))
                }
            default:
                continue
            }
        }
        // A capitalized name is a type (`Database.main`), by Swift's naming convention.
        if let enclosingType, name.first?.isUppercase != true {
            return Resolution(path: StorePath(root: .selfValue(typeKey: enclosingType), members: [name]))
        }
        return Resolution(path: StorePath(root: .unresolved(name)))
    }

    /// The type a transaction call's receiver is declared with, where the file says so: a
    /// parameter's or binding's annotation, an initializer call, a property of a type declared in
    /// the file, or, for implicit `self`, the enclosing type. nil when unknown.
    func declaredType(ofReceiver receiver: ExprSyntax?, in closure: ClosureExprSyntax) -> String? {
        guard let receiver else { return TypeIndex.enclosingTypeKey(of: closure).map(Self.baseName) }
        guard let chain = ReferenceChain(receiver) else { return nil }
        var type: String?
        if chain.root.baseName.tokenKind == .keyword(.self) {
            type = TypeIndex.enclosingTypeKey(of: chain.root)
        } else if let identifier = Identifier(chain.root.baseName) {
            lookup: for result in chain.root.lookup(identifier) {
                switch result {
                case .fromScope(_, let names):
                    guard let declared = names.first else { continue }
                    type = DeclaredType.of(declaration: Syntax(declared.syntax))
                    break lookup
                case .lookForMembers(let typeScope):
                    let typeKey = TypeIndex.typeKey(of: typeScope)
                    guard let members = types.members(of: typeKey), members.names.contains(identifier.name) else { continue }
                    type = members.propertyTypes[identifier.name]
                    break lookup
                default:
                    continue
                }
            }
        }
        for member in chain.members {
            guard let current = type else { return nil }
            type = types.members(of: current)?.propertyTypes[member]
        }
        return type.map(Self.baseName)
    }

    /// `Outer.Inner` → `Inner`, as profiles name types.
    private static func baseName(_ typeKey: String) -> String {
        typeKey.split(separator: ".").last.map(String.init) ?? typeKey
    }

    private func resolution(ofBinding declared: LookupName, name: String) -> Resolution {
        let declaration = Syntax(declared.syntax)
        let id = declaration.id
        if let target = aliasTarget(of: declaration, id: id) {
            return Resolution(path: target.path, alias: name)
        }
        return Resolution(path: StorePath(root: .binding(id)))
    }

    /// What a binding is an alias of: `let x = <chain>`, `if let x = <chain>`, `if let x`
    /// (shorthand for `if let x = x`). Cycles (`var x = x` in odd code) resolve to nothing.
    private func aliasTarget(of declaration: Syntax, id: SyntaxIdentifier) -> Resolution? {
        if let cached = aliasTargets[id] { return cached }
        guard aliasesInProgress.insert(id).inserted else { return nil }
        defer { aliasesInProgress.remove(id) }
        let target = computeAliasTarget(of: declaration)
        aliasTargets[id] = target
        return target
    }

    private func computeAliasTarget(of declaration: Syntax) -> Resolution? {
        if let capture = declaration.as(ClosureCaptureSyntax.self) {
            if let value = capture.initializer?.value { return resolve(value) }
            // `[store]` captures the outer `store`: resolve the name from before the closure.
            guard let identifier = Identifier(capture.name),
                let closureParent = capture.ancestor(ClosureExprSyntax.self)?.parent
            else { return nil }
            return resolve(identifier, at: closureParent)
        }
        guard let pattern = declaration.as(IdentifierPatternSyntax.self) else { return nil }
        if let binding = pattern.parent?.as(PatternBindingSyntax.self) {
            guard binding.typeAnnotation == nil || binding.initializer != nil,
                let initializer = binding.initializer?.value
            else { return nil }
            return resolve(initializer)
        }
        if let condition = pattern.parent?.as(OptionalBindingConditionSyntax.self) {
            if let initializer = condition.initializer?.value { return resolve(initializer) }
            // `if let store` unwraps the outer `store`: resolve the name from before the statement.
            guard let statement = condition.parent?.parent?.parent, let identifier = Identifier(pattern.identifier) else {
                return nil
            }
            return resolve(identifier, at: statement)
        }
        return nil
    }
}

extension SyntaxProtocol {
    /// The nearest ancestor of the given kind.
    func ancestor<Kind: SyntaxProtocol>(_ kind: Kind.Type) -> Kind? {
        var current = parent
        while let node = current {
            if let match = node.as(kind) { return match }
            current = node.parent
        }
        return nil
    }
}

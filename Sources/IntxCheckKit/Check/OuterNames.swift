import SwiftSyntax

/// Resolves, once per transaction closure, the names the closure does not declare itself.
///
/// Such a name means inside the closure exactly what it means where the closure is written, so
/// one scope lookup at the call serves every use of it in the closure. Lookups dominate the
/// analysis (about 30k per second), and a closure names the store many times.
final class OuterNames {
    private let resolver: NameResolver
    private let origin: Syntax
    /// Every name a declaration inside the closure introduces, over-approximated: a name in here
    /// always gets a full lookup at its use.
    let declaredInside: Set<String>
    private var resolved: [String: NameResolver.Resolution] = [:]

    /// `known`: names already resolved where the closure is written (the transaction's receiver).
    init(closure: ClosureExprSyntax, resolver: NameResolver, known: [String: NameResolver.Resolution] = [:]) {
        self.resolver = resolver
        resolved = known
        origin = closure.parent ?? Syntax(closure)
        let collector = DeclaredNameCollector(viewMode: .sourceAccurate)
        collector.walk(closure)
        declaredInside = collector.names
    }

    func resolve(_ reference: DeclReferenceExprSyntax) -> NameResolver.Resolution? {
        guard reference.baseName.tokenKind != .keyword(.self), let identifier = Identifier(reference.baseName),
            !declaredInside.contains(identifier.name)
        else {
            return resolver.resolveRoot(reference)
        }
        if let known = resolved[identifier.name] { return known }
        let resolution = resolver.resolve(identifier, at: origin)
        resolved[identifier.name] = resolution
        return resolution
    }
}

/// Names introduced anywhere in a subtree: bindings, parameters, captures, local functions and
/// types, and the implicit `error`, `newValue` and `oldValue`.
private final class DeclaredNameCollector: SyntaxVisitor {
    var names: Set<String> = ["error", "newValue", "oldValue"]

    override func visit(_ node: IdentifierPatternSyntax) -> SyntaxVisitorContinueKind {
        names.insert(node.identifier.text)
        return .visitChildren
    }

    override func visit(_ node: ClosureShorthandParameterSyntax) -> SyntaxVisitorContinueKind {
        names.insert(node.name.text)
        return .visitChildren
    }

    override func visit(_ node: ClosureParameterSyntax) -> SyntaxVisitorContinueKind {
        names.insert(node.firstName.text)
        if let second = node.secondName { names.insert(second.text) }
        return .visitChildren
    }

    override func visit(_ node: FunctionParameterSyntax) -> SyntaxVisitorContinueKind {
        names.insert(node.firstName.text)
        if let second = node.secondName { names.insert(second.text) }
        return .visitChildren
    }

    override func visit(_ node: EnumCaseParameterSyntax) -> SyntaxVisitorContinueKind {
        if let first = node.firstName { names.insert(first.text) }
        if let second = node.secondName { names.insert(second.text) }
        return .visitChildren
    }

    override func visit(_ node: ClosureCaptureSyntax) -> SyntaxVisitorContinueKind {
        names.insert(node.name.text)
        return .visitChildren
    }

    override func visit(_ node: GenericParameterSyntax) -> SyntaxVisitorContinueKind {
        names.insert(node.name.text)
        return .visitChildren
    }

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        names.insert(node.name.text)
        return .visitChildren
    }

    override func visit(_ node: StructDeclSyntax) -> SyntaxVisitorContinueKind { insert(node.name) }
    override func visit(_ node: ClassDeclSyntax) -> SyntaxVisitorContinueKind { insert(node.name) }
    override func visit(_ node: EnumDeclSyntax) -> SyntaxVisitorContinueKind { insert(node.name) }
    override func visit(_ node: ActorDeclSyntax) -> SyntaxVisitorContinueKind { insert(node.name) }
    override func visit(_ node: TypeAliasDeclSyntax) -> SyntaxVisitorContinueKind { insert(node.name) }
    override func visit(_ node: EnumCaseElementSyntax) -> SyntaxVisitorContinueKind { insert(node.name) }
    override func visit(_ node: MacroDeclSyntax) -> SyntaxVisitorContinueKind { insert(node.name) }

    private func insert(_ name: TokenSyntax) -> SyntaxVisitorContinueKind {
        names.insert(name.text)
        return .visitChildren
    }
}

import SwiftSyntax

/// Everything the analysis needs from one pass over a file: the transaction calls, and the names
/// that could be aliases (`let x = a.b`, `if let x`, `[x]` captures) with the root names of what
/// they are bound to, so later lookups are few.
final class TransactionCallCollector: SyntaxVisitor {
    let methods: [String: LibraryProfile.TransactionMethod]
    private(set) var calls: [TransactionCall] = []
    /// Alias name → root names of the chains it is bound to (`outer` → `self` for `let outer = self.store`).
    private(set) var aliasRoots: [String: Set<String>] = [:]

    init(methods: [LibraryProfile.TransactionMethod]) {
        self.methods = Dictionary(methods.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        super.init(viewMode: .sourceAccurate)
    }

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        if let call = TransactionCall(node, methods: methods) { calls.append(call) }
        return .visitChildren
    }

    override func visit(_ node: PatternBindingSyntax) -> SyntaxVisitorContinueKind {
        if let name = node.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
            let value = node.initializer?.value, let chain = ReferenceChain(value)
        {
            aliasRoots[name, default: []].insert(chain.root.baseName.text)
        }
        return .visitChildren
    }

    override func visit(_ node: OptionalBindingConditionSyntax) -> SyntaxVisitorContinueKind {
        guard let name = node.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else { return .visitChildren }
        if let value = node.initializer?.value {
            if let chain = ReferenceChain(value) { aliasRoots[name, default: []].insert(chain.root.baseName.text) }
        } else {
            aliasRoots[name, default: []].insert(name)
        }
        return .visitChildren
    }

    override func visit(_ node: ClosureCaptureSyntax) -> SyntaxVisitorContinueKind {
        if let value = node.initializer?.value {
            if let chain = ReferenceChain(value) { aliasRoots[node.name.text, default: []].insert(chain.root.baseName.text) }
        } else {
            aliasRoots[node.name.text, default: []].insert(node.name.text)
        }
        return .visitChildren
    }

    /// The alias names that can lead to a store reached from `roots`: those bound to a chain
    /// starting at one of them, and, in turn, at one of those aliases.
    func aliases(reachableFrom roots: Set<String>) -> Set<String> {
        var relevant = roots
        var aliases = Set<String>()
        var changed = true
        while changed {
            changed = false
            for (alias, aliasRoots) in aliasRoots where !aliases.contains(alias) && !aliasRoots.isDisjoint(with: relevant) {
                aliases.insert(alias)
                relevant.insert(alias)
                changed = true
            }
        }
        return aliases
    }
}

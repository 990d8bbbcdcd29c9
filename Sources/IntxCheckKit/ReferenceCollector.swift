import SwiftSyntax

/// The name references in a subtree that start a chain: `store` and `self` in `self.store.x()`,
/// never the member names after a dot.
final class ReferenceCollector: SyntaxVisitor {
    private(set) var references: [DeclReferenceExprSyntax] = []

    static func roots(in node: some SyntaxProtocol) -> [DeclReferenceExprSyntax] {
        let collector = ReferenceCollector(viewMode: .sourceAccurate)
        collector.walk(node)
        return collector.references
    }

    override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        if let member = node.parent?.as(MemberAccessExprSyntax.self), Syntax(member.declName) == Syntax(node) {
            return .skipChildren
        }
        references.append(node)
        return .skipChildren
    }
}

/// Everything the analysis needs from one pass over a file: the transaction calls and the names
/// that could be aliases (`let x = a.b`, `if let x`, `[x]` captures), so later lookups are few.
final class TransactionCallCollector: SyntaxVisitor {
    let methods: Set<String>
    private(set) var calls: [TransactionCall] = []
    private(set) var aliasNames: Set<String> = []

    init(methods: Set<String>) {
        self.methods = methods
        super.init(viewMode: .sourceAccurate)
    }

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        if let call = TransactionCall(node, methods: methods) { calls.append(call) }
        return .visitChildren
    }

    override func visit(_ node: PatternBindingSyntax) -> SyntaxVisitorContinueKind {
        if let name = node.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
            let value = node.initializer?.value, ReferenceChain(value.withoutWrappers) != nil
        {
            aliasNames.insert(name)
        }
        return .visitChildren
    }

    override func visit(_ node: OptionalBindingConditionSyntax) -> SyntaxVisitorContinueKind {
        if let name = node.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
            node.initializer.map({ ReferenceChain($0.value.withoutWrappers) != nil }) ?? true
        {
            aliasNames.insert(name)
        }
        return .visitChildren
    }

    override func visit(_ node: ClosureCaptureSyntax) -> SyntaxVisitorContinueKind {
        aliasNames.insert(node.name.text)
        return .visitChildren
    }
}

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

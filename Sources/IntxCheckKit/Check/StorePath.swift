import SwiftSyntax

/// What a reference chain such as `self.store` or `req.db` denotes, after scope resolution:
/// a root value plus the member names accessed on it. Two expressions denote the same store
/// exactly when their paths are equal.
struct StorePath: Hashable {
    enum Root: Hashable {
        /// `self` (explicit or implicit) of the type with this key.
        case selfValue(typeKey: String?)
        /// A local variable, parameter or closure parameter, by its declaring syntax node.
        case binding(SyntaxIdentifier)
        /// A name scope lookup could not see (a global in another file, an inherited member).
        case unresolved(String)
    }

    var root: Root
    var members: [String]

    init(root: Root, members: [String] = []) {
        self.root = root
        self.members = members
    }

    func appending(_ member: String) -> StorePath {
        StorePath(root: root, members: members + [member])
    }

    /// Whether `self` is `other` or a member chain starting with it (`store.pool` starts with `store`).
    func starts(with other: StorePath) -> Bool {
        root == other.root && members.starts(with: other.members)
    }

    var isSelfRooted: Bool {
        if case .selfValue = root { return true }
        return false
    }
}

/// The syntactic shape of a reference chain: its root reference and the member names after it.
/// `self.store?.pool!` has root `self` and members `store`, `pool`; `try`, `await`, `!`, `?`
/// and parentheses anywhere in it are seen through.
struct ReferenceChain {
    var root: DeclReferenceExprSyntax
    var members: [String]

    /// nil for anything that is not a plain chain of names (a call result, a subscript, a literal).
    init?(_ expression: ExprSyntax) {
        var members: [String] = []
        var current = expression
        while true {
            if let member = current.as(MemberAccessExprSyntax.self), let base = member.base {
                members.insert(member.declName.baseName.text, at: 0)
                current = base
            } else if let inner = current.wrappedExpression {
                current = inner
            } else if let reference = current.as(DeclReferenceExprSyntax.self), reference.argumentNames == nil {
                self.root = reference
                self.members = members
                return
            } else {
                return nil
            }
        }
    }
}

extension ExprSyntax {
    /// An argument as the value it passes: wrappers (``wrappedExpression``) and `&` removed.
    var passedValue: ExprSyntax {
        var expression = self
        while let inner = expression.wrappedExpression { expression = inner }
        if let inOut = expression.as(InOutExprSyntax.self) { expression = inOut.expression }
        return expression
    }

    /// The expression inside one wrapper that does not change which value it denotes (`try`,
    /// `await`, `!`, `?`, parentheses); nil when this is no such wrapper.
    var wrappedExpression: ExprSyntax? {
        if let tryExpr = self.as(TryExprSyntax.self) { return tryExpr.expression }
        if let awaitExpr = self.as(AwaitExprSyntax.self) { return awaitExpr.expression }
        if let unwrap = self.as(ForceUnwrapExprSyntax.self) { return unwrap.expression }
        if let optional = self.as(OptionalChainingExprSyntax.self) { return optional.expression }
        if let tuple = self.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
            return only.expression
        }
        return nil
    }
}

import SwiftSyntax

/// What a reference chain such as `self.store` or `req.db` denotes, after scope resolution:
/// a root value plus the member names accessed on it. Two expressions denote the same store
/// exactly when their paths are equal.
struct StorePath: Hashable, CustomStringConvertible {
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
        root == other.root && members.count >= other.members.count && Array(members.prefix(other.members.count)) == other.members
    }

    var isSelfRooted: Bool {
        if case .selfValue = root { return true }
        return false
    }

    var description: String {
        let rootText = switch root {
        case .selfValue: "self"
        case .binding(let id): "binding\(id.indexInTree)"
        case .unresolved(let name): name
        }
        return ([rootText] + members).joined(separator: ".")
    }
}

/// The syntactic shape of a reference chain: its root reference and the member names after it.
/// `self.store?.pool!` has root `self` and members `store`, `pool`.
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
            } else if let unwrap = current.as(ForceUnwrapExprSyntax.self) {
                current = unwrap.expression
            } else if let optional = current.as(OptionalChainingExprSyntax.self) {
                current = optional.expression
            } else if let tuple = current.as(TupleExprSyntax.self), tuple.elements.count == 1,
                tuple.elements.first?.label == nil, let only = tuple.elements.first
            {
                current = only.expression
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
    /// Strips what does not change which value an expression denotes: `try`, `await`, `!`, `?`,
    /// parentheses.
    var withoutWrappers: ExprSyntax {
        var current = self
        while true {
            if let tryExpr = current.as(TryExprSyntax.self) {
                current = tryExpr.expression
            } else if let awaitExpr = current.as(AwaitExprSyntax.self) {
                current = awaitExpr.expression
            } else if let unwrap = current.as(ForceUnwrapExprSyntax.self) {
                current = unwrap.expression
            } else if let optional = current.as(OptionalChainingExprSyntax.self) {
                current = optional.expression
            } else if let tuple = current.as(TupleExprSyntax.self), tuple.elements.count == 1,
                tuple.elements.first?.label == nil, let only = tuple.elements.first
            {
                current = only.expression
            } else {
                return current
            }
        }
    }
}

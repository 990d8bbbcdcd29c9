import SwiftSyntax

/// One use of the outer store inside a transaction closure: the analysis result before it
/// becomes a ``ToolSupport/Diagnostic``.
struct OuterStoreUse {
    enum Kind: Equatable {
        /// `store.x()`, `self.store.x()`, `x()` on an implicit-self store.
        case direct
        /// The same, through a name bound to the store (`let outer = self.store`).
        case alias(String)
        /// The store passed to a function: `audit(store)`, `record(on: self.store)`.
        case argument
        /// The store placed in an array or dictionary literal.
        case collection
        /// A same-type helper method called here uses the store, at `line` of this file.
        case helper(name: String, line: Int)
    }

    let position: AbsolutePosition
    let kind: Kind
    let store: String
    let method: String
    let handle: String

    var message: String {
        let advice = "inside \(method); use transaction handle '\(handle)' instead"
        switch kind {
        case .direct:
            return "outer store '\(store)' used \(advice)"
        case .alias(let name):
            return "outer store '\(store)' used through alias '\(name)' \(advice)"
        case .argument:
            return "outer store '\(store)' passed as an argument \(advice)"
        case .collection:
            return "outer store '\(store)' put in a collection literal \(advice)"
        case .helper(let name, let line):
            return "'\(name)()' uses outer store '\(store)' (line \(line)) \(advice)"
        }
    }
}

extension SyntaxProtocol {
    /// The outermost expression that still denotes the same value: climbs through `!`, `?`,
    /// parentheses, `try` and `await`.
    var valueSite: Syntax {
        var current = Syntax(self)
        while let parent = current.parent {
            switch parent.kind {
            case .forceUnwrapExpr, .optionalChainingExpr, .tryExpr, .awaitExpr:
                current = parent
            case .labeledExpr where parent.parent?.parent?.is(TupleExprSyntax.self) == true
                && parent.parent?.as(LabeledExprListSyntax.self)?.count == 1
                && parent.as(LabeledExprSyntax.self)?.label == nil:
                current = parent.parent!.parent!
            default:
                return current
            }
        }
        return current
    }

    /// The member access `site.name` when `site` is its base.
    var memberAccessOnSelf: MemberAccessExprSyntax? {
        guard let member = valueSite.parent?.as(MemberAccessExprSyntax.self),
            member.base.map({ Syntax($0) }) == valueSite
        else { return nil }
        return member
    }

    /// Whether this expression is what a call calls (`x` in `x()`).
    var isCallee: Bool {
        guard let call = parent?.as(FunctionCallExprSyntax.self) else { return false }
        return Syntax(call.calledExpression) == Syntax(self)
    }
}

import SwiftSyntax

import ToolSupport

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
        /// A method or function of the module called here reaches the store, at `use`.
        case helper(name: String, use: HelperReach.UseSite)
        /// Another connection of the store's owner (`storage.main.context` beside `storage.async`).
        case otherConnection(String)
    }

    let position: AbsolutePosition
    let kind: Kind
    let store: String
    let method: String
    let handle: String
    /// Set when the use is in a closure that may run concurrently with or after the transaction.
    var escapingReason: String?

    var rule: Rule { escapingReason == nil ? .outerStoreInTx : .outerStoreInEscapingClosure }

    /// What to use instead: the closure's handle, said plainly when it is discarded or when it
    /// has the store's own name.
    private var handleAdvice: String {
        if handle == "_" { return "use the handle the closure is given (it discards it as '_') instead" }
        if handle == store || store == "self." + handle {
            return "use the closure's parameter '\(handle)', not the outer '\(store)', instead"
        }
        return "use transaction handle '\(handle)' instead"
    }

    func message(_ context: FileContext) -> String {
        let advice = escapingReason.map {
            "in \($0) inside \(method); it may run outside the transaction, which it neither sees nor rolls back with"
        } ?? "inside \(method); \(handleAdvice)"
        switch kind {
        case .direct:
            return "outer store '\(store)' used \(advice)"
        case .alias(let name):
            return "outer store '\(store)' used through alias '\(name)' \(advice)"
        case .argument:
            return "outer store '\(store)' passed as an argument \(advice)"
        case .collection:
            return "outer store '\(store)' put in a collection literal \(advice)"
        case .otherConnection(let text):
            return "'\(text)' is another connection than the transaction's (on '\(store)'), used \(advice)"
        case .helper(let name, let use):
            // The line alone in the same file; the file's name too when the helper lives elsewhere.
            let place = use.file == context.displayPath ? "line \(use.line)" : "\(use.file.split(separator: "/").last ?? ""):\(use.line)"
            if use.isOtherConnection {
                return "'\(name)()' uses '\(use.text)' (\(place)), another connection than the transaction's (on '\(store)'), \(advice)"
            }
            return "'\(name)()' uses outer store '\(store)' (\(place)) \(advice)"
        }
    }

    /// A helper's store use, as a related location, spelled as the helper spells it.
    func notes(_ context: FileContext) -> [DiagnosticNote] {
        guard case .helper(let name, let use) = kind else { return [] }
        return [DiagnosticNote(
            file: use.file, line: use.line, column: use.column,
            message: "'\(use.text)' used here, reached from '\(name)()'")]
    }
}

extension SyntaxProtocol {
    /// The outermost expression that still denotes the same value: climbs through the wrappers
    /// ``ExprSyntax/wrappedExpression`` sees through.
    var valueSite: Syntax {
        var current = Syntax(self)
        // A wrapper is the parent (`try x`, `x!`) or, for parentheses, the tuple two levels up.
        func wraps(_ candidate: Syntax?) -> Bool {
            candidate?.as(ExprSyntax.self)?.wrappedExpression.map { Syntax($0) == current } == true
        }
        while true {
            if wraps(current.parent) {
                current = current.parent!
            } else if wraps(current.parent?.parent?.parent) {
                current = current.parent!.parent!.parent!
            } else {
                return current
            }
        }
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

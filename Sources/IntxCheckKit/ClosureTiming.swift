import SwiftSyntax

/// When a closure nested in a transaction closure runs. Most run right there (`forEach`, `map`,
/// `{ … }()`, `withLock`); some run concurrently or after the transaction has ended, where a use
/// of the outer store does not see the transaction's writes and is not rolled back with it.
enum ClosureTiming {
    /// Why the closure may run outside the transaction (`Task`, `DispatchQueue.async`, a
    /// completion handler, a stored closure, a library's after-commit callback), or nil when it
    /// runs synchronously.
    static func escapingReason(of closure: ClosureExprSyntax, afterTransactionCallbacks: Set<String>) -> String? {
        guard let parent = closure.parent else { return nil }
        // Stored for later: `let later = { … }`, `self.onDone = { … }`.
        if parent.is(InitializerClauseSyntax.self) && parent.parent?.is(PatternBindingSyntax.self) == true { return "a stored closure" }
        if let list = parent.as(ExprListSyntax.self), list.count == 3,
            list.dropFirst().first?.is(AssignmentExprSyntax.self) == true, list.last?.id == closure.id
        {
            return "a stored closure"
        }
        let call: FunctionCallExprSyntax
        var label: String?
        if let direct = parent.as(FunctionCallExprSyntax.self) {
            call = direct
        } else if let argument = parent.as(LabeledExprSyntax.self), let owner = argument.parent?.parent?.as(FunctionCallExprSyntax.self) {
            call = owner
            label = argument.label?.text
        } else if let trailing = parent.as(MultipleTrailingClosureElementSyntax.self),
            let owner = trailing.parent?.parent?.as(FunctionCallExprSyntax.self)
        {
            call = owner
            label = trailing.label.text
        } else {
            return nil
        }
        if let label, label == "completion" || label == "completionHandler" { return "a completion handler" }
        let callee = call.calledExpression
        if let reference = callee.as(DeclReferenceExprSyntax.self), reference.baseName.text == "Task" { return "a Task" }
        guard let member = callee.as(MemberAccessExprSyntax.self) else { return nil }
        let name = member.declName.baseName.text
        if name == "detached", member.base?.trimmedSourceText == "Task" { return "a detached Task" }
        if name == "async" || name == "asyncAfter" { return "a closure dispatched with \(name)" }
        if afterTransactionCallbacks.contains(name) { return "an '\(name)' callback" }
        return nil
    }

    /// The reason for the outermost escaping closure between a node and the transaction closure.
    static func escapingReason(of node: some SyntaxProtocol, inside transaction: ClosureExprSyntax, afterTransactionCallbacks: Set<String>) -> String? {
        var reason: String?
        var current = node.parent
        while let ancestor = current, ancestor.id != transaction.id {
            if let closure = ancestor.as(ClosureExprSyntax.self),
                let found = escapingReason(of: closure, afterTransactionCallbacks: afterTransactionCallbacks)
            {
                reason = found
            }
            current = ancestor.parent
        }
        return reason
    }
}

import SwiftSyntax

// Where a node sits, as the route reader asks it: inside the router's result builder or a closure;
// and an expression without its `try`, `await`, parentheses, `?` and `!`.

extension FunctionCallExprSyntax {
    /// Inside the trailing closure of a result-builder router or group.
    func isInResultBuilder(_ frameworks: RouteFramework) -> Bool {
        var current = parent
        while let candidate = current, !candidate.is(FunctionDeclSyntax.self), !candidate.is(AccessorBlockSyntax.self) {
            if let call = candidate.as(FunctionCallExprSyntax.self), let name = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text,
                frameworks.resultBuilderGroups.contains(name) || frameworks.resultBuilderRoots.contains(name)
            {
                return true
            }
            current = candidate.parent
        }
        return false
    }
}

extension SyntaxProtocol {
    /// Inside a closure of the walked function (whose `return` is the closure's own).
    var isInsideClosure: Bool {
        var current = parent
        while let candidate = current, !candidate.is(FunctionDeclSyntax.self), !candidate.is(AccessorDeclSyntax.self) {
            if candidate.is(ClosureExprSyntax.self) { return true }
            current = candidate.parent
        }
        return false
    }
}

extension ExprSyntax {
    /// Without `try`, `await`, parentheses, `?` and `!`: `(try await a)?` is `a`.
    var unwrapped: ExprSyntax {
        if let tryExpr = self.as(TryExprSyntax.self) { return tryExpr.expression.unwrapped }
        if let awaitExpr = self.as(AwaitExprSyntax.self) { return awaitExpr.expression.unwrapped }
        if let optional = self.as(OptionalChainingExprSyntax.self) { return optional.expression.unwrapped }
        if let forced = self.as(ForceUnwrapExprSyntax.self) { return forced.expression.unwrapped }
        if let tuple = self.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first { return only.expression.unwrapped }
        return self
    }
}

extension CodeBlockItemListSyntax {
    /// The one expression a body is: a lone expression, `return x`, or a `switch`.
    var singleExpression: ExprSyntax? {
        guard count == 1, let item = first?.item else { return nil }
        if let expression = item.as(ExprSyntax.self) { return expression }
        if let returned = item.as(ReturnStmtSyntax.self) { return returned.expression }
        return item.as(ExpressionStmtSyntax.self)?.expression
    }
}

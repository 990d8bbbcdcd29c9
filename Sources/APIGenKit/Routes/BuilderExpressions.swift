import SwiftSyntax

/// The builder an expression stands for, in the walker's scope: a bound name, a root, a group of
/// another builder, a module property or helper that returns one, either side of `??` or of a
/// conditional (`x.map { base.add(middleware: $0) } ?? base`, `flag ? admin : router`), merged.
extension BuilderWalker {
    /// The builder an expression stands for, or nil when it is none.
    func builder(_ expression: ExprSyntax) -> RouteReader.Builder? {
        let expression = expression.unwrapped
        if let known = builderCache[expression.id] { return known }
        let found = uncachedBuilder(expression)
        builderCache[expression.id] = .some(found)
        return found
    }

    private func uncachedBuilder(_ expression: ExprSyntax) -> RouteReader.Builder? {
        if let reference = expression.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if let bound = environment[name] {
                if case .builder(let builder) = bound { return builder }
                return nil
            }
            return moduleBuilder(named: name, in: selfType)
        }
        if let either = eitherSide(of: expression) {
            // `a ?? b`, `flag ? a : b`, `if flag { a } else { b }`: the builder of every branch
            // (a branch that is `nil` registers nothing).
            let builders = either.filter { !isNothing($0) }.map(builder)
            guard !builders.isEmpty else { return nil }
            guard builders.contains(where: { $0 != nil }) else { return nil }
            return builders.map { $0 ?? .unknown }.dropFirst().reduce(builders[0] ?? .unknown) { $0.merged(with: $1) }
        }
        if let member = expression.as(MemberAccessExprSyntax.self), let base = member.base {
            let name = member.declName.baseName.text
            let baseText = base.trimmedDescription
            // `self.app`, `User.routes`, `UserController(…).endpoints`: a property of a type.
            if let owner = baseText == "self" || baseText == "Self" ? selfType : receiverType(of: base)?.typeName,
                let found = moduleBuilder(named: name, in: owner)
            {
                return found
            }
            guard !frameworks.clientMembers.contains(baseName(base) ?? ""), let receiver = builder(base) else { return nil }
            if frameworks.rootMembers.contains(name) { return receiver }
            if let property = declarations.builderProperty(named: name) {
                // `app.grouped("api").admin`: the extension's getter with `self` the receiver.
                let step = RouteCallStep(location: location(of: member.declName), callee: "\(property.type).\(name)")
                return reader.evaluateGetter(property.value, ofType: property.type, receiver: receiver, via: via + [step]) ?? .unknown
            }
            // A member of a builder apigen does not know: a builder of unknown prefix, if one.
            return .unknown
        }
        guard let call = expression.as(FunctionCallExprSyntax.self) else { return nil }
        if let reference = call.calledExpression.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if frameworks.rootConstructors.contains(name) { return .root }
            if frameworks.collectionConstructors.contains(name) {
                return RouteReader.Builder(path: [], collection: "\(file):\(call.position.utf8Offset)")
            }
            if let receiver = selfBuilder, frameworks.groupingCalls.contains(name) {
                return receiver.appending(pathReader.segments(of: call.arguments.filter { $0.label == nil }.map(\.expression), middlewareAllowed: true))
            }
            return returnedBuilder(call, name: name, base: nil)
        }
        if let generic = call.calledExpression.as(GenericSpecializationExprSyntax.self),
            let name = generic.expression.as(DeclReferenceExprSyntax.self)?.baseName.text
        {
            // `Router<AppRequestContext>()`, `RouteCollection<Context>()`.
            if frameworks.rootConstructors.contains(name) { return .root }
            if frameworks.collectionConstructors.contains(name) {
                return RouteReader.Builder(path: [], collection: "\(file):\(call.position.utf8Offset)")
            }
            return nil
        }
        guard let member = call.calledExpression.as(MemberAccessExprSyntax.self), let base = member.base else { return nil }
        let name = member.declName.baseName.text
        if frameworks.rootConstructors.contains("\(base.trimmedDescription).\(name)") { return .root }
        let receiver = builder(base)
        if receiver != nil || !frameworks.isVerb(name) {
            if frameworks.groupingCalls.contains(name) {
                return receiver?.appending(pathReader.segments(of: call.arguments.filter { $0.label == nil }.map(\.expression), middlewareAllowed: true))
            }
            if frameworks.passThroughCalls.contains(name) { return receiver }
        }
        if frameworks.verbsReturnBuilder, receiver != nil, frameworks.isVerb(name) {
            // Hummingbird's verbs return the group they were called on.
            return receiver
        }
        if receiver == nil, let closure = call.trailingClosure ?? call.arguments.first?.expression.as(ClosureExprSyntax.self),
            ["map", "flatMap"].contains(name), let body = closure.statements.singleExpression
        {
            // `optionalMiddleware.map { base.add(middleware: $0) }`: the closure's builder.
            return builder(body)
        }
        if let found = returnedBuilder(call, name: name, base: base) { return found }
        // A call on a builder that apigen cannot follow gives a builder of unknown prefix.
        return receiver == nil ? nil : .unknown
    }

    /// What a call to a module function that returns a builder returns, evaluated with the
    /// call's arguments bound; nil when no such function fits, unknown when several could.
    private func returnedBuilder(_ call: FunctionCallExprSyntax, name: String, base: ExprSyntax?) -> RouteReader.Builder? {
        let location = call.calledExpression.as(MemberAccessExprSyntax.self).map { self.location(of: $0.declName) } ?? self.location(of: call.calledExpression)
        let returnsBuilder: (RouteDeclarations.Function) -> Bool = { [declarations] function in
            function.decl.signature.returnClause.map { declarations.isBuilderType($0.type.trimmedDescription) } ?? false
        }
        switch bind(call, name: name, base: base, at: location) {
        case .bound(let targets):
            let targets = targets.filter { returnsBuilder($0.function) }
            guard !targets.isEmpty else { return nil }
            let receiver = base.map(builder) ?? selfBuilder
            let builders = targets.map { target in
                let step = RouteCallStep(location: location, callee: target.function.signature, element: target.element)
                return reader.evaluate(target.function, arguments: target.arguments, receiver: receiver, selfType: target.selfType, caller: self, via: via + [step])
                    ?? .unknown
            }
            return builders.dropFirst().reduce(builders[0]) { $0.merged(with: $1) }
        case .ambiguous(let candidates, _):
            return candidates.contains(where: returnsBuilder) ? .unknown : nil
        case .unbound:
            return nil
        }
    }

    /// A property or global of the module holding a builder: the root when its type or
    /// initializer is the root's (`let app: Application`), its getter's builder when computed,
    /// else of unknown prefix.
    private func moduleBuilder(named name: String, in typeName: String?) -> RouteReader.Builder? {
        guard let value = declarations.value(named: name, in: typeName) else { return nil }
        if let type = value.type {
            if frameworks.isRootType(type) && value.getterStatements == nil { return .root }
            if declarations.isBuilderType(type) {
                return value.getterStatements == nil ? .unknown : reader.evaluateGetter(value, ofType: typeName, receiver: nil, via: via) ?? .unknown
            }
        }
        if let call = value.expression?.unwrapped.as(FunctionCallExprSyntax.self), frameworks.rootConstructors.contains(call.calledExpression.trimmedDescription) {
            return .root
        }
        return nil
    }

    /// The name an expression ends in: `client` in `req.client`.
    private func baseName(_ expression: ExprSyntax) -> String? {
        let expression = expression.unwrapped
        return expression.as(MemberAccessExprSyntax.self)?.declName.baseName.text ?? expression.as(DeclReferenceExprSyntax.self)?.baseName.text
    }
}

/// The alternatives of an expression that picks one of several: `a ?? b`, `flag ? a : b`,
/// `if flag { a } else { b }`, a `switch` whose cases are one expression each.
func eitherSide(of expression: ExprSyntax) -> [ExprSyntax]? {
    if let sequence = expression.as(SequenceExprSyntax.self) {
        let elements = Array(sequence.elements)
        if elements.count == 3, elements[1].as(BinaryOperatorExprSyntax.self)?.operator.text == "??" { return [elements[0], elements[2]] }
        if elements.count == 3, let ternary = elements[1].as(UnresolvedTernaryExprSyntax.self) { return [ternary.thenExpression, elements[2]] }
        return nil
    }
    if let ternary = expression.as(TernaryExprSyntax.self) { return [ternary.thenExpression, ternary.elseExpression] }
    if let ifExpr = expression.as(IfExprSyntax.self) {
        guard let then = ifExpr.body.statements.singleExpression else { return nil }
        switch ifExpr.elseBody {
        case .codeBlock(let block): return block.statements.singleExpression.map { [then, $0] }
        case .ifExpr(let elseIf): return eitherSide(of: ExprSyntax(elseIf)).map { [then] + $0 }
        case nil: return nil
        }
    }
    if let switchExpr = expression.as(SwitchExprSyntax.self) {
        var branches: [ExprSyntax] = []
        for case .switchCase(let switchCase) in switchExpr.cases {
            guard let branch = switchCase.statements.singleExpression else { return nil }
            branches.append(branch)
        }
        return branches.isEmpty ? nil : branches
    }
    return nil
}

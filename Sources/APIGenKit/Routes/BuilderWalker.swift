import SwiftSyntax

import ToolSupport

/// One pass over a function body (or top-level code) for ``RouteReader``: names bound to
/// builders, paths and typed values (`let todos = routes.grouped("todos")`,
/// `let users = UsersController(db: db)`, `var b = …; if flag { b = b.grouped(mw) }`, a
/// `group("x") { b in … }` closure's parameter), every registration call met on the way, every
/// call into the module followed through its receiver's type, and what the body returns.
///
/// Names are scoped as Swift scopes them (a closure's parameter or a block's `let` ends with it),
/// and each branch of an `if`, a `switch` or a loop is walked from the bindings before it, the
/// bindings after it merged: a name that holds the same path on every branch keeps it, else its
/// path is unknown.
final class BuilderWalker: SyntaxVisitor {
    let reader: RouteReader
    /// The walked file; its location converter is made only when a location is asked for.
    let source: FileContext
    /// The type the walked function is declared in, or the receiver's type it was called on
    /// (a protocol extension's method): where members, `Self.uri` and implicit `self` calls are
    /// looked up.
    let selfType: String?
    /// The calls followed from where reading started to this body.
    let via: [RouteCallStep]
    private(set) var environment: [String: RouteReader.Binding] {
        didSet {
            builderCache.removeAll(keepingCapacity: true)
            typeCache.removeAll(keepingCapacity: true)
        }
    }
    /// What `builder(_:)` and `receiverType(of:)` found for each expression under the current
    /// bindings: an expression's parts are asked again at every level of a member chain.
    var builderCache: [SyntaxIdentifier: RouteReader.Builder?] = [:]
    var typeCache: [SyntaxIdentifier: ReceiverType?] = [:]
    /// The enclosing `RouteGroup("x") { … }` paths of Hummingbird's result-builder router.
    var resultBuilderGroups: [RouteReader.Builder] = []
    /// The builders the body's `return` statements give.
    private var returned: [RouteReader.Builder?] = []
    /// The scopes entered (closures, blocks), each with the bindings its declarations shadowed.
    private var scopes: [[String: RouteReader.Binding?]] = []
    /// Bindings of a closure's parameters, set by the call it is passed to.
    private var closureParameters: [SyntaxIdentifier: [String: RouteReader.Binding]] = [:]

    init(
        reader: RouteReader, source: FileContext, environment: [String: RouteReader.Binding], selfType: String?, via: [RouteCallStep]
    ) {
        self.reader = reader
        self.source = source
        self.environment = environment
        self.selfType = selfType
        self.via = via
        super.init(viewMode: .sourceAccurate)
    }

    var file: String { source.displayPath }
    var frameworks: RouteFramework { reader.frameworks }
    var declarations: RouteDeclarations { reader.declarations }

    var pathReader: RoutePathExpression.Reader {
        var pathReader = RoutePathExpression.Reader(declarations: reader.declarations, selfType: selfType) { [environment] name in
            switch environment[name] {
            case .path(let path): .path(path)
            case .builder, .value, .unassigned, .nothing: .other
            case nil: nil
            }
        }
        pathReader.typeName = { [unowned self] expression in receiverType(of: expression)?.typeName }
        return pathReader
    }

    /// Walks a function body; the builder it returns when every `return` agrees (unknown when
    /// they differ), nil when it returns none.
    func walkBody(_ statements: CodeBlockItemListSyntax) -> RouteReader.Builder? {
        walk(statements)
        if statements.count == 1, let only = statements.first?.item.as(ExprSyntax.self) { returned.append(builder(only)) }
        let builders = returned.compactMap { $0 }
        guard let first = builders.first else { return nil }
        return builders.allSatisfy { $0 == first } && builders.count == returned.count ? first : .unknown
    }

    // MARK: Names and scopes

    /// Binds a name declared here, shadowing any binding of the enclosing scope until this one ends.
    private func declare(_ name: String, _ binding: RouteReader.Binding) {
        if var scope = scopes.popLast() {
            if scope[name] == nil { scope[name] = .some(environment[name]) }
            scopes.append(scope)
        }
        environment[name] = binding
    }

    private func enterScope() { scopes.append([:]) }

    private func leaveScope() {
        guard let scope = scopes.popLast() else { return }
        for (name, shadowed) in scope { environment[name] = shadowed }
    }

    override func visit(_ node: CodeBlockSyntax) -> SyntaxVisitorContinueKind {
        enterScope()
        return .visitChildren
    }

    override func visitPost(_ node: CodeBlockSyntax) { leaveScope() }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind {
        enterScope()
        if let given = closureParameters.removeValue(forKey: node.id) {
            for (name, binding) in given { declare(name, binding) }
        } else {
            for name in (node.signature?.parameterNames ?? []) + ["$0", "$1"] { declare(name, .value(nil)) }
        }
        return .visitChildren
    }

    override func visitPost(_ node: ClosureExprSyntax) { leaveScope() }

    // Nested functions and types are evaluated on their own.
    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: MemberBlockSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ node: ReturnStmtSyntax) -> SyntaxVisitorContinueKind {
        if let expression = node.expression, !node.isInsideClosure { returned.append(builder(expression)) }
        return .visitChildren
    }

    override func visit(_ node: PatternBindingSyntax) -> SyntaxVisitorContinueKind {
        guard let name = node.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else {
            for name in node.pattern.boundNames { declare(name, .value(nil)) }
            return .visitChildren
        }
        let declaredType = node.typeAnnotation?.type.trimmedDescription
        guard let value = node.initializer?.value else {
            declare(name, .unassigned)
            return .visitChildren
        }
        declare(name, binding(of: value, declaredType: declaredType))
        return .visitChildren
    }

    /// `if let group = optionalGroup`, `guard let m`: the unwrapped name is what it unwraps.
    override func visit(_ node: OptionalBindingConditionSyntax) -> SyntaxVisitorContinueKind {
        guard let name = node.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else { return .visitChildren }
        let value = node.initializer?.value ?? ExprSyntax(DeclReferenceExprSyntax(baseName: .identifier(name)))
        declare(name, binding(of: value, declaredType: node.typeAnnotation?.type.trimmedDescription))
        return .visitChildren
    }

    /// `builder = builder.grouped(mw)`, `group = base` on one branch: the name's new binding
    /// (branches are merged where they join).
    override func visit(_ node: SequenceExprSyntax) -> SyntaxVisitorContinueKind {
        let elements = Array(node.elements)
        guard elements.count == 3, elements[1].is(AssignmentExprSyntax.self) else { return .visitChildren }
        let target = elements[0].as(DeclReferenceExprSyntax.self)?.baseName.text
            ?? elements[0].as(MemberAccessExprSyntax.self).flatMap { $0.base?.trimmedDescription == "self" ? $0.declName.baseName.text : nil }
        guard let name = target, environment[name] != nil else { return .visitChildren }
        environment[name] = binding(of: elements[2], declaredType: nil)
        return .visitChildren
    }

    // MARK: Branches

    override func visit(_ node: IfExprSyntax) -> SyntaxVisitorContinueKind {
        let before = environment
        for condition in node.conditions { walk(condition) }
        walk(node.body)
        let taken = environment
        environment = before
        switch node.elseBody {
        case .ifExpr(let elseIf): walk(elseIf)
        case .codeBlock(let block): walk(block)
        case nil: break
        }
        environment = merged(taken, environment)
        return .skipChildren
    }

    override func visit(_ node: GuardStmtSyntax) -> SyntaxVisitorContinueKind {
        for condition in node.conditions { walk(condition) }
        // The `else` leaves the function: what it binds does not flow on.
        let after = environment
        walk(node.body)
        environment = after
        return .skipChildren
    }

    override func visit(_ node: SwitchExprSyntax) -> SyntaxVisitorContinueKind {
        walk(node.subject)
        let before = environment
        var outcomes: [[String: RouteReader.Binding]] = []
        var exhaustive = false
        for case .switchCase(let switchCase) in node.cases {
            environment = before
            if case .default = switchCase.label { exhaustive = true }
            walk(switchCase)
            outcomes.append(environment)
        }
        if !exhaustive { outcomes.append(before) }
        environment = outcomes.dropFirst().reduce(outcomes.first ?? before) { merged($0, $1) }
        return .skipChildren
    }

    /// `for controller in [A(), B()]`: the loop variable is one of the array's types; the body
    /// runs any number of times.
    override func visit(_ node: ForStmtSyntax) -> SyntaxVisitorContinueKind {
        walk(node.sequence)
        let before = environment
        enterScope()
        if let name = node.pattern.as(IdentifierPatternSyntax.self)?.identifier.text {
            declare(name, .value(elementType(of: node.sequence)))
        } else {
            for name in node.pattern.boundNames { declare(name, .value(nil)) }
        }
        walk(node.body)
        leaveScope()
        environment = merged(before, environment)
        return .skipChildren
    }

    override func visit(_ node: WhileStmtSyntax) -> SyntaxVisitorContinueKind {
        let before = environment
        for condition in node.conditions { walk(condition) }
        walk(node.body)
        environment = merged(before, environment)
        return .skipChildren
    }

    private func merged(_ one: [String: RouteReader.Binding], _ other: [String: RouteReader.Binding]) -> [String: RouteReader.Binding] {
        one.merging(other) { $0.merged(with: $1) }
    }

    // MARK: Calls

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        if let reference = node.calledExpression.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            resultBuilderCall(node, name: name)
            if let receiver = selfBuilder, frameworks.isVerb(name) {
                registerVerb(node, name: name, receiver: receiver, at: location(of: reference))
            } else if name.first?.isLowercase == true {
                follow(node, name: name, base: nil, at: location(of: reference))
            }
            return .visitChildren
        }
        guard let member = node.calledExpression.as(MemberAccessExprSyntax.self), let base = member.base else { return .visitChildren }
        let name = member.declName.baseName.text
        let location = location(of: member.declName)
        if isHTTPClient(base) { return .visitChildren }
        let unlabeled = node.arguments.filter { $0.label == nil }.map(\.expression)
        let receiver = builder(base)
        if let receiver, frameworks.isVerb(name) {
            registerVerb(node, name: name, receiver: receiver, at: location)
        } else if let receiver, frameworks.closureGroupingCalls.contains(name), let closure = node.trailingClosure ?? node.arguments.last?.expression.as(ClosureExprSyntax.self) {
            // Vapor: `routes.group("todos") { todos in … }`, `app.group(mw) { $0.get(…) }`.
            let parameter = closure.signature?.parameterNames.first ?? "$0"
            closureParameters[closure.id] = [parameter: .builder(receiver.appending(pathReader.segments(of: unlabeled, middlewareAllowed: true)))]
        } else if let receiver, let registration = frameworks.collectionRegistrations.first(where: { $0.call == name }),
            let argument = node.arguments.first(where: { $0.label?.text == registration.label })
        {
            registerCollection(argument.expression, entry: registration.entry, on: receiver, at: location)
        } else if let receiver, let addition = frameworks.collectionAdditions.first(where: { $0.call == name }), let first = unlabeled.first,
            let collection = builder(first)?.collection
        {
            // Hummingbird: `router.addRoutes(collection, atPath: "/todos")`.
            let atPath = node.arguments.first { $0.label?.text == addition.pathLabel }.map { pathReader.segments(of: [$0.expression]) } ?? []
            reader.addCollection(collection, to: receiver.appending(atPath))
        } else if receiver == nil, frameworks.isVerb(name), hasHandler(node, labelled: true) || hasRequestHandlerClosure(node),
            receiverType(of: base) == nil
        {
            // A registration on something apigen cannot read as a builder: never skipped silently.
            reader.register(frameworks.method(ofVerb: name) ?? methodArgument(node).method, on: .unknown, path: nil, at: location, via: via)
        } else {
            if ["forEach", "map", "compactMap", "flatMap"].contains(name), case .array(let types)? = receiverType(of: base),
                let closure = node.trailingClosure ?? node.arguments.first?.expression.as(ClosureExprSyntax.self)
            {
                // `controllers.forEach { try $0.boot(routes: app) }`: `$0` is one of the types.
                closureParameters[closure.id] = [closure.signature?.parameterNames.first ?? "$0": .value(.element(types))]
            }
            if receiver == nil || !(frameworks.groupingCalls.contains(name) || frameworks.passThroughCalls.contains(name)) {
                follow(node, name: name, base: base, at: location)
            }
        }
        return .visitChildren
    }

    override func visitPost(_ node: FunctionCallExprSyntax) {
        if let name = node.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text, frameworks.resultBuilderGroups.contains(name),
            !resultBuilderGroups.isEmpty
        {
            resultBuilderGroups.removeLast()
        }
    }

    /// A call into the module, bound through its receiver: the functions it reaches are walked
    /// with its arguments; a call that could reach several and that may register routes is
    /// reported with its candidates.
    private func follow(_ call: FunctionCallExprSyntax, name: String, base: ExprSyntax?, at location: InputLocation) {
        switch bind(call, name: name, base: base, at: location) {
        case .bound(let targets):
            let receiver = base.map(builder) ?? selfBuilder
            for target in targets {
                let step = RouteCallStep(location: location, callee: target.function.signature, element: target.element)
                reader.evaluate(target.function, arguments: target.arguments, receiver: receiver, selfType: target.selfType, caller: self, via: via + [step])
            }
        case .ambiguous(let candidates, let why):
            let passesBuilder = call.arguments.contains { builder($0.expression) != nil }
            guard passesBuilder || candidates.contains(where: reader.mayRegisterRoutes) else { return }
            reportAmbiguous(name: name, candidates: candidates, why: why, at: location)
        case .unbound:
            break
        }
    }

    func reportAmbiguous(name: String, candidates: [RouteDeclarations.Function], why: String, at location: InputLocation) {
        reader.registerUnplaced(
            "a call of \(name)(…) that \(why) could be any of \(candidates.count) functions that register routes, so their routes are not checked from here",
            at: location, notes: candidates.map { $0.location.note("candidate: \($0.signature)") }, via: via)
    }

    /// `nil`, or a name bound to it.
    func isNothing(_ expression: ExprSyntax) -> Bool {
        let expression = expression.unwrapped
        if expression.is(NilLiteralExprSyntax.self) { return true }
        if let name = expression.as(DeclReferenceExprSyntax.self)?.baseName.text, case .nothing? = environment[name] { return true }
        return false
    }

    var selfBuilder: RouteReader.Builder? {
        if case .builder(let builder)? = environment["self"] { return builder }
        return nil
    }

    private func binding(of value: ExprSyntax, declaredType: String?) -> RouteReader.Binding {
        if isNothing(value) { return .nothing }
        if let declaredType, frameworks.isPathType(declaredType) {
            return .path(pathReader.segments(of: [value]))
        }
        if let builder = builder(value) { return .builder(builder) }
        if case .segments(let found) = pathReader.read(value) { return .path(found) }
        return .value(receiverType(of: value) ?? declaredType.flatMap(ReceiverType.init(declared:)))
    }

    /// A verb with its handler: `get("a", ":id", use:)`, `webSocket("chat", onUpgrade:)`, Vapor's
    /// `on(.GET, "a", use:)` and Hummingbird's `on("a", method: .get, use:)`.
    private func registerVerb(_ call: FunctionCallExprSyntax, name: String, receiver: RouteReader.Builder, at location: InputLocation) {
        guard hasHandler(call, labelled: false) else { return }
        var arguments = call.arguments.filter { $0.label == nil }.map(\.expression)
        var method = frameworks.method(ofVerb: name)
        if frameworks.methodArgumentVerbs.contains(name) {
            let argument = methodArgument(call)
            if argument.unlabeled { arguments.removeFirst() }
            method = argument.method
            guard method != nil else { return }
        }
        reader.register(method, on: receiver, path: pathReader.segments(of: arguments), at: location, via: via)
    }

    /// The method of `on(.GET, …)` or `on(…, method: .get)`.
    private func methodArgument(_ call: FunctionCallExprSyntax) -> (method: HTTPMethod?, unlabeled: Bool) {
        if let labelled = call.arguments.first(where: { $0.label.map { frameworks.methodLabels.contains($0.text) } == true }) {
            return (labelled.expression.as(MemberAccessExprSyntax.self).flatMap { HTTPMethod(rawValue: $0.declName.baseName.text.lowercased()) }, false)
        }
        if let first = call.arguments.first(where: { $0.label == nil })?.expression.as(MemberAccessExprSyntax.self), first.base == nil {
            return (HTTPMethod(rawValue: first.declName.baseName.text.lowercased()), true)
        }
        return (nil, false)
    }

    /// `register(collection: TodoController())`, or a value of a known type, or an element of an
    /// array of them: each collection's `boot(routes:)` on this builder.
    private func registerCollection(_ expression: ExprSyntax, entry: String, on receiver: RouteReader.Builder, at location: InputLocation) {
        let types = receiverType(of: expression)?.instanceTypes ?? []
        let boots = types.map { type in
            (type, declarations.supertypes(of: type.type).lazy.compactMap { [declarations] owner in
                declarations.functions.first { $0.typeName == owner && $0.decl.name.text == entry && $0.parameters.count == 1 }
            }.first)
        }
        guard !boots.isEmpty, boots.allSatisfy({ $0.1 != nil }) else {
            let candidates = declarations.functions.filter { function in
                function.decl.name.text == entry && function.parameters.count == 1
                    && function.typeName.map { declarations.supertypes(of: $0).contains(where: frameworks.collectionProtocols.contains) } == true
            }
            reader.registerUnplaced(
                "a route collection whose type apigen cannot work out is not checked against the @Router annotations", at: location,
                notes: candidates.prefix(10).map { $0.location.note("candidate: \($0.signature)") }, via: via)
            return
        }
        for (type, boot) in boots {
            guard let boot else { continue }
            let step = RouteCallStep(location: location, callee: boot.signature, element: type.element ? type.type : nil)
            reader.evaluate(boot, arguments: [[]], receiver: nil, selfType: type.type, caller: self, passing: [0: receiver], via: via + [step])
        }
    }

    /// Hummingbird's result-builder router: `RouteGroup("api") { Get("todos") { … } }`.
    private func resultBuilderCall(_ call: FunctionCallExprSyntax, name: String) {
        // Only inside the router: elsewhere `Post(title:)` is a model.
        guard !resultBuilderGroups.isEmpty || call.isInResultBuilder(frameworks) else { return }
        let enclosing = resultBuilderGroups.last ?? .root
        let unlabeled = call.arguments.filter { $0.label == nil }.map(\.expression)
        if frameworks.resultBuilderGroups.contains(name) {
            resultBuilderGroups.append(enclosing.appending(pathReader.segments(of: unlabeled)))
        } else if let method = frameworks.resultBuilderVerbs[name] {
            reader.register(method, on: enclosing, path: pathReader.segments(of: unlabeled), at: location(of: call.calledExpression), via: via)
        } else if name.first?.isUppercase == true {
            // A controller placed in the router (`RouterBuilder { UserController() }`): its `body`.
            for property in frameworks.controllerBodyProperties.sorted() {
                guard let body = declarations.member(named: property, of: name), body.getterStatements != nil else { continue }
                let step = RouteCallStep(location: location(of: call.calledExpression), callee: "\(name).\(property)")
                reader.evaluateResultBuilderBody(body, ofType: name, under: enclosing, via: via + [step])
            }
        }
    }

    /// `req.client.get(url) { … }` sends a request; it registers nothing.
    private func isHTTPClient(_ base: ExprSyntax) -> Bool {
        let base = base.unwrapped
        let name = base.as(MemberAccessExprSyntax.self)?.declName.baseName.text ?? base.as(DeclReferenceExprSyntax.self)?.baseName.text
        return name.map(frameworks.clientMembers.contains) ?? false
    }

    /// Whether a call has a handler: a handler label (`use:`), or with `labelled` false also a
    /// closure argument.
    private func hasHandler(_ call: FunctionCallExprSyntax, labelled: Bool) -> Bool {
        call.arguments.contains { argument in argument.label.map { frameworks.handlerLabels.contains($0.text) } == true }
            || (!labelled && (call.trailingClosure != nil || call.arguments.contains { $0.expression.is(ClosureExprSyntax.self) }))
    }

    /// A trailing closure of a request handler's shape, `(request, context)`: Hummingbird's.
    private func hasRequestHandlerClosure(_ call: FunctionCallExprSyntax) -> Bool {
        (call.trailingClosure?.signature?.parameterNames.count ?? 0) == 2
    }

    func location(of node: some SyntaxProtocol) -> InputLocation {
        let location = source.converter.location(for: node.positionAfterSkippingLeadingTrivia)
        return InputLocation(file: file, line: location.line, column: location.column)
    }
}

extension PatternSyntax {
    /// The names a pattern binds: `a`, `(a, b)`, `let (a, _)`.
    var boundNames: [String] {
        if let identifier = self.as(IdentifierPatternSyntax.self) { return [identifier.identifier.text] }
        if let tuple = self.as(TuplePatternSyntax.self) { return tuple.elements.flatMap { $0.pattern.boundNames } }
        if let binding = self.as(ValueBindingPatternSyntax.self) { return binding.pattern.boundNames }
        return []
    }
}

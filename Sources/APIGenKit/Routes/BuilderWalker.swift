import SwiftSyntax

import ToolSupport

/// One pass over a function body (or top-level code) for ``RouteReader``: names bound to
/// builders and paths (`let todos = routes.grouped("todos")`, `var b = …; b = b.grouped(mw)`, a
/// `group("x") { b in … }` closure's parameter), every registration call met on the way, and
/// what the body returns.
final class BuilderWalker: SyntaxVisitor {
    let reader: RouteReader
    let file: String
    let converter: SourceLocationConverter
    /// The type the walked function is declared in: where `Self.uri` and `idParam` are looked up.
    let selfType: String?
    private var environment: [String: RouteReader.Binding]
    /// The enclosing `RouteGroup("x") { … }` paths of Hummingbird's result-builder router.
    var resultBuilderGroups: [RouteReader.Builder] = []
    /// The builders the body's `return` statements give.
    private var returned: [RouteReader.Builder?] = []
    /// Locals made by a type's initializer (`let todos = TodoController()`), by name.
    private var localTypes: [String: String] = [:]
    /// Locals holding an array of initialized values (`let controllers = [A(), B()]`), and the
    /// names bound to its elements (`controllers.forEach { $0… }`, `for c in controllers`): the
    /// types they may be.
    private var localTypeLists: [String: [String]] = [:]

    init(reader: RouteReader, file: String, converter: SourceLocationConverter, environment: [String: RouteReader.Binding], selfType: String?) {
        self.reader = reader
        self.file = file
        self.converter = converter
        self.environment = environment
        self.selfType = selfType
        super.init(viewMode: .sourceAccurate)
    }

    private var frameworks: RouteFrameworks { reader.frameworks }

    var pathReader: RoutePathExpression.Reader {
        RoutePathExpression.Reader(declarations: reader.declarations, selfType: selfType) { [environment] name in
            switch environment[name] {
            case .path(let path): .path(path)
            case .builder, .other: .other
            case nil: nil
            }
        }
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

    // Nested functions and types are evaluated on their own.
    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: MemberBlockSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ node: ReturnStmtSyntax) -> SyntaxVisitorContinueKind {
        if let expression = node.expression, !node.isInsideClosure { returned.append(builder(expression)) }
        return .visitChildren
    }

    override func visit(_ node: PatternBindingSyntax) -> SyntaxVisitorContinueKind {
        guard let name = node.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else { return .visitChildren }
        guard let value = node.initializer?.value else {
            environment[name] = .other
            return .visitChildren
        }
        environment[name] = binding(of: value, declaredType: node.typeAnnotation?.type.trimmedDescription)
        localTypes[name] = (value.unwrapped.is(FunctionCallExprSyntax.self) ? typeName(of: value) : nil)
            ?? node.typeAnnotation?.type.as(IdentifierTypeSyntax.self).flatMap { $0.genericArgumentClause == nil ? $0.name.text : nil }
        localTypeLists[name] = elementTypes(of: value)
        return .visitChildren
    }

    /// `for controller in [A(), B()]`: the loop variable is one of the array's types.
    override func visit(_ node: ForStmtSyntax) -> SyntaxVisitorContinueKind {
        if let name = node.pattern.as(IdentifierPatternSyntax.self)?.identifier.text, let types = elementTypes(of: node.sequence) {
            localTypeLists[name] = types
        }
        return .visitChildren
    }

    /// The types of an array literal's elements when each is an initializer call (`[A(), B()]`),
    /// or of a local holding one.
    private func elementTypes(of expression: ExprSyntax) -> [String]? {
        let expression = expression.unwrapped
        if let reference = expression.as(DeclReferenceExprSyntax.self) { return localTypeLists[reference.baseName.text] }
        guard let array = expression.as(ArrayExprSyntax.self), !array.elements.isEmpty else { return nil }
        let types = array.elements.compactMap { element in
            element.expression.unwrapped.is(FunctionCallExprSyntax.self) ? typeName(of: element.expression) : nil
        }
        return types.count == array.elements.count ? types : nil
    }

    /// The types a receiver may be: one, or several for an element of an array of them.
    private func types(of base: ExprSyntax) -> [String]? {
        if let reference = base.unwrapped.as(DeclReferenceExprSyntax.self), let types = localTypeLists[reference.baseName.text] { return types }
        return typeName(of: base).map { [$0] }
    }

    /// `builder = builder.grouped(mw)`: a reassignment inside a branch that changes the path
    /// leaves the name's path unknown.
    override func visit(_ node: SequenceExprSyntax) -> SyntaxVisitorContinueKind {
        let elements = Array(node.elements)
        guard elements.count == 3, elements[1].is(AssignmentExprSyntax.self),
            let name = elements[0].as(DeclReferenceExprSyntax.self)?.baseName.text
        else { return .visitChildren }
        let new = binding(of: elements[2], declaredType: nil)
        if case .builder(let old)? = environment[name], case .builder(let replacement) = new, old != replacement, node.isInsideBranch {
            environment[name] = .builder(.unknown)
        } else {
            environment[name] = new
        }
        return .visitChildren
    }

    private func binding(of value: ExprSyntax, declaredType: String?) -> RouteReader.Binding {
        if let declaredType, frameworks.isPathType(declaredType) {
            return .path(pathReader.segments(of: [value]))
        }
        if let builder = builder(value) { return .builder(builder) }
        if case .segments(let found) = pathReader.read(value) { return .path(found) }
        return .other
    }

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        if let reference = node.calledExpression.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            resultBuilderCall(node, name: name)
            if case .builder(let receiver)? = environment["self"], frameworks.verb(name) != nil || frameworks.isMethodArgumentVerb(name) {
                registerVerb(node, name: name, receiver: receiver, at: location(of: reference))
            } else if name.first?.isLowercase == true {
                reader.followCall(node, name: name, onType: nil, receiver: selfBuilder, walker: self)
            }
            return .visitChildren
        }
        guard let member = node.calledExpression.as(MemberAccessExprSyntax.self), let base = member.base else { return .visitChildren }
        let name = member.declName.baseName.text
        let location = location(of: member.declName)
        let unlabeled = node.arguments.filter { $0.label == nil }.map(\.expression)
        let receiver = isHTTPClient(base) ? nil : builder(base)
        if let receiver, frameworks.verb(name) != nil || frameworks.isMethodArgumentVerb(name) {
            registerVerb(node, name: name, receiver: receiver, at: location)
        } else if let receiver, frameworks.isClosureGrouping(name),
            let closure = node.trailingClosure ?? node.arguments.last?.expression.as(ClosureExprSyntax.self)
        {
            // Vapor: `routes.group("todos") { todos in … }`, `app.group(mw) { $0.get(…) }`.
            let parameter = closure.signature?.parameterNames.first ?? "$0"
            environment[parameter] = .builder(receiver.appending(pathReader.segments(of: unlabeled, middlewareAllowed: true)))
        } else if let receiver, let registration = frameworks.collectionRegistrations.first(where: { $0.call == name }),
            let argument = node.arguments.first(where: { $0.label?.text == registration.label })
        {
            registerCollection(argument.expression, entry: registration.entry, on: receiver, at: location)
        } else if let receiver, frameworks.addCollectionCalls.contains(where: { $0.call == name }), let first = unlabeled.first,
            let collection = builder(first)?.collection
        {
            // Hummingbird: `router.addRoutes(collection, atPath: "/todos")`.
            let labels = Set(frameworks.addCollectionCalls.map(\.pathLabel))
            let atPath = node.arguments.first { $0.label.map { labels.contains($0.text) } == true }.map { pathReader.segments(of: [$0.expression]) } ?? []
            reader.addCollection(collection, to: receiver.appending(atPath))
        } else {
            if name == "forEach", let types = elementTypes(of: base),
                let closure = node.trailingClosure ?? node.arguments.first?.expression.as(ClosureExprSyntax.self)
            {
                // `controllers.forEach { try $0.boot(routes: app) }`: `$0` is one of the types.
                localTypeLists[closure.signature?.parameterNames.first ?? "$0"] = types
            }
            for type in types(of: base) ?? [nil] as [String?] {
                reader.followCall(node, name: name, onType: type, receiver: receiver, walker: self)
            }
        }
        return .visitChildren
    }

    override func visitPost(_ node: FunctionCallExprSyntax) {
        if let name = node.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text, frameworks.isResultBuilderGroup(name), !resultBuilderGroups.isEmpty {
            resultBuilderGroups.removeLast()
        }
    }

    private var selfBuilder: RouteReader.Builder? {
        if case .builder(let builder)? = environment["self"] { return builder }
        return nil
    }

    /// The builder an expression stands for, or nil when it is none.
    func builder(_ expression: ExprSyntax) -> RouteReader.Builder? {
        let expression = expression.unwrapped
        if let reference = expression.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if let bound = environment[name] {
                if case .builder(let builder) = bound { return builder }
                return nil
            }
            return moduleBuilder(named: name, in: selfType)
        }
        if let member = expression.as(MemberAccessExprSyntax.self), let base = member.base {
            // `app.routes`; `self.app`, `self.router`: a property of the module.
            let name = member.declName.baseName.text
            let baseText = base.trimmedDescription
            // `self.app`, `User.routes`, `UserController(…).endpoints`: a property of a type.
            if let owner = baseText == "self" || baseText == "Self" ? selfType : typeName(of: base),
                let found = moduleBuilder(named: name, in: owner)
            {
                return found
            }
            guard !isHTTPClient(base), let receiver = builder(base) else { return nil }
            if frameworks.isRootMember(name) { return receiver }
            if let property = reader.declarations.builderProperty(named: name) {
                // `app.grouped("api").admin`: the extension's getter with `self` the receiver.
                return reader.evaluateGetter(property.value, ofType: property.type, receiver: receiver) ?? .unknown
            }
            // A member of a builder apigen does not know: a builder of unknown prefix, if one.
            return .unknown
        }
        guard let call = expression.as(FunctionCallExprSyntax.self) else { return nil }
        if let reference = call.calledExpression.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if frameworks.isRootConstructor(name) { return .root }
            if frameworks.isCollectionConstructor(name) { return RouteReader.Builder(path: [], collection: "\(file):\(call.position.utf8Offset)") }
            if let receiver = selfBuilder, frameworks.isGrouping(name) {
                return receiver.appending(pathReader.segments(of: call.arguments.filter { $0.label == nil }.map(\.expression), middlewareAllowed: true))
            }
            return reader.returnedBuilder(call, name: name, onType: nil, receiver: selfBuilder, walker: self)
        }
        guard let member = call.calledExpression.as(MemberAccessExprSyntax.self), let base = member.base else { return nil }
        let name = member.declName.baseName.text
        if frameworks.isRootConstructor("\(base.trimmedDescription).\(name)") { return .root }
        let receiver = builder(base)
        if frameworks.isGrouping(name) {
            return receiver?.appending(pathReader.segments(of: call.arguments.filter { $0.label == nil }.map(\.expression), middlewareAllowed: true))
        }
        if frameworks.isPassThrough(name) { return receiver }
        if frameworks.verbsReturnBuilder, frameworks.verb(name) != nil || frameworks.isMethodArgumentVerb(name) {
            // Hummingbird's verbs return the group they were called on.
            return receiver
        }
        if let found = reader.returnedBuilder(call, name: name, onType: typeName(of: base), receiver: receiver, walker: self) { return found }
        // A call on a builder that apigen cannot follow gives a builder of unknown prefix.
        return receiver == nil ? nil : .unknown
    }

    /// A property or global of the module holding a builder: the root when its type or
    /// initializer is the root's (`let app: Application`), else of unknown prefix.
    private func moduleBuilder(named name: String, in typeName: String?) -> RouteReader.Builder? {
        guard let value = reader.declarations.value(named: name, in: typeName) else { return nil }
        if let type = value.type {
            if frameworks.isRootType(type) && value.getterStatements == nil { return .root }
            if reader.declarations.isBuilderType(type) {
                return value.getterStatements == nil ? .unknown : reader.evaluateGetter(value, ofType: typeName, receiver: nil) ?? .unknown
            }
        }
        if let call = value.expression?.unwrapped.as(FunctionCallExprSyntax.self), frameworks.isRootConstructor(call.calledExpression.trimmedDescription) {
            return .root
        }
        return nil
    }

    /// A verb with its handler: `get("a", ":id", use:)`, `webSocket("chat", onUpgrade:)`, Vapor's
    /// `on(.GET, "a", use:)` and Hummingbird's `on("a", method: .get, use:)`.
    private func registerVerb(_ call: FunctionCallExprSyntax, name: String, receiver: RouteReader.Builder, at location: InputLocation) {
        guard hasHandler(call) else { return }
        var arguments = call.arguments.filter { $0.label == nil }.map(\.expression)
        var method = frameworks.verb(name)
        if frameworks.isMethodArgumentVerb(name) {
            var methodName = call.arguments.first { $0.label?.text == "method" }?.expression.as(MemberAccessExprSyntax.self)?.declName.baseName.text
            if methodName == nil, let first = arguments.first, let member = first.as(MemberAccessExprSyntax.self), member.base == nil {
                methodName = member.declName.baseName.text
                arguments.removeFirst()
            }
            method = methodName.flatMap { HTTPMethod(rawValue: $0.lowercased()) }
            guard method != nil else { return }
        }
        reader.register(method, on: receiver, path: pathReader.segments(of: arguments), at: location)
    }

    /// `register(collection: TodoController())`, or a local made so, or an element of an array
    /// of them: each collection's `boot(routes:)` on this builder.
    private func registerCollection(_ expression: ExprSyntax, entry: String, on receiver: RouteReader.Builder, at location: InputLocation) {
        let expression = expression.unwrapped
        let types = expression.is(FunctionCallExprSyntax.self) || expression.is(DeclReferenceExprSyntax.self) ? types(of: expression) ?? [] : []
        let boots = types.map { type in
            reader.declarations.functions.first { $0.typeName == type && $0.decl.name.text == entry && $0.parameters.count == 1 }
        }
        guard !boots.isEmpty, boots.allSatisfy({ $0 != nil }) else {
            reader.register(nil, on: .unknown, path: nil, at: location)
            return
        }
        for boot in boots.compactMap({ $0 }) {
            reader.evaluate(boot, arguments: [[]], receiver: nil, caller: self, passing: [0: receiver])
        }
    }

    /// Hummingbird's result-builder router: `RouteGroup("api") { Get("todos") { … } }`.
    private func resultBuilderCall(_ call: FunctionCallExprSyntax, name: String) {
        // Only inside the router: elsewhere `Post(title:)` is a model.
        guard !resultBuilderGroups.isEmpty || call.isInResultBuilder(frameworks) else { return }
        let enclosing = resultBuilderGroups.last ?? .root
        let unlabeled = call.arguments.filter { $0.label == nil }.map(\.expression)
        if frameworks.isResultBuilderGroup(name) {
            resultBuilderGroups.append(enclosing.appending(pathReader.segments(of: unlabeled)))
        } else if let method = frameworks.resultBuilderVerb(name) {
            reader.register(method, on: enclosing, path: pathReader.segments(of: unlabeled), at: location(of: call.calledExpression))
        } else if name.first?.isUppercase == true {
            // A controller placed in the router (`RouterBuilder { UserController() }`): its `body`.
            for property in frameworks.controllerBodyProperties {
                guard let body = reader.declarations.value(named: property, in: name), body.getterStatements != nil else { continue }
                reader.evaluateResultBuilderBody(body, ofType: name, under: enclosing)
            }
        }
    }

    /// `req.client.get(url) { … }` sends a request; it registers nothing.
    private func isHTTPClient(_ base: ExprSyntax) -> Bool {
        base.unwrapped.as(MemberAccessExprSyntax.self)?.declName.baseName.text == "client"
            || base.unwrapped.as(DeclReferenceExprSyntax.self)?.baseName.text == "client"
    }

    private func hasHandler(_ call: FunctionCallExprSyntax) -> Bool {
        call.trailingClosure != nil || call.arguments.contains { argument in
            argument.label.map { frameworks.isHandlerLabel($0.text) } == true || argument.expression.is(ClosureExprSyntax.self)
        }
    }

    /// `TodoController(…)`, `TodoController`, or a local made by `TodoController(…)`: the type a
    /// call's receiver names.
    private func typeName(of base: ExprSyntax) -> String? {
        let base = base.unwrapped
        if let reference = base.as(DeclReferenceExprSyntax.self), let local = localTypes[reference.baseName.text] { return local }
        if let call = base.as(FunctionCallExprSyntax.self), let reference = call.calledExpression.as(DeclReferenceExprSyntax.self),
            reference.baseName.text.first?.isUppercase == true
        {
            return reference.baseName.text
        }
        if let reference = base.as(DeclReferenceExprSyntax.self), reference.baseName.text.first?.isUppercase == true {
            return reference.baseName.text
        }
        return nil
    }

    private func location(of node: some SyntaxProtocol) -> InputLocation {
        let location = converter.location(for: node.positionAfterSkippingLeadingTrivia)
        return InputLocation(file: file, line: location.line, column: location.column)
    }
}

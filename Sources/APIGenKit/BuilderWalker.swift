import SwiftSyntax

import ToolSupport

/// One pass over a function body (or top-level code) for ``RouteReader``: names bound to
/// builders (`let todos = routes.grouped("todos")`, a `group("x") { b in … }` closure's
/// parameter), and every registration call met on the way.
final class BuilderWalker: SyntaxVisitor {
    let reader: RouteReader
    let file: String
    let converter: SourceLocationConverter
    private var environment: [String: RouteReader.Builder]
    /// The enclosing `RouteGroup("x") { … }` paths of Hummingbird's result-builder router.
    private var resultBuilderGroups: [RouteReader.Builder] = []

    init(reader: RouteReader, file: String, converter: SourceLocationConverter, environment: [String: RouteReader.Builder]) {
        self.reader = reader
        self.file = file
        self.converter = converter
        self.environment = environment
        super.init(viewMode: .sourceAccurate)
    }

    // Nested functions and types are evaluated on their own.
    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: MemberBlockSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ node: PatternBindingSyntax) -> SyntaxVisitorContinueKind {
        if let name = node.pattern.as(IdentifierPatternSyntax.self)?.identifier.text, let value = node.initializer?.value,
            value.unwrapped.is(FunctionCallExprSyntax.self), let builder = builder(value)
        {
            environment[name] = builder
        }
        return .visitChildren
    }

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        if let reference = node.calledExpression.as(DeclReferenceExprSyntax.self) {
            resultBuilderCall(node, name: reference.baseName.text)
            if let name = reference.baseName.text.first, name.isLowercase {
                reader.followCall(node, name: reference.baseName.text, onType: nil, walker: self)
            }
            return .visitChildren
        }
        guard let member = node.calledExpression.as(MemberAccessExprSyntax.self), let base = member.base else { return .visitChildren }
        let name = member.declName.baseName.text
        let location = location(of: member.declName)
        if let method = RouteReader.verbs[name], hasHandler(node), !isHTTPClient(base), let receiver = builder(base) {
            reader.register(method, on: receiver, path: path(of: node.arguments.filter { $0.label == nil }), at: location)
        } else if name == "on", hasHandler(node), let receiver = builder(base) {
            registerOn(node, receiver: receiver, at: location)
        } else if name == "group", let closure = node.trailingClosure ?? node.arguments.last?.expression.as(ClosureExprSyntax.self),
            let receiver = builder(base), let parameter = closure.signature?.parameterNames.first
        {
            // Vapor: `routes.group("todos") { todos in … }`.
            environment[parameter] = receiver.appending(path(of: node.arguments.filter { $0.label == nil }, middlewareAllowed: true))
        } else if name == "register", let argument = node.arguments.first(where: { $0.label?.text == "collection" }), let receiver = builder(base) {
            registerCollection(argument.expression, on: receiver, at: location)
        } else if name == "addRoutes", let first = node.arguments.first, first.label == nil,
            let collection = builder(first.expression)?.collection, let receiver = builder(base)
        {
            // Hummingbird: `router.addRoutes(collection, atPath: "/todos")`.
            let atPath = node.arguments.first { $0.label?.text == "atPath" }.map { path(of: [$0]) } ?? []
            reader.addCollection(collection, to: receiver.appending(atPath))
        } else {
            reader.followCall(node, name: name, onType: typeName(of: base), walker: self)
        }
        return .visitChildren
    }

    override func visitPost(_ node: FunctionCallExprSyntax) {
        if node.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "RouteGroup", !resultBuilderGroups.isEmpty {
            resultBuilderGroups.removeLast()
        }
    }

    /// The builder an expression stands for, or nil when it is none.
    func builder(_ expression: ExprSyntax) -> RouteReader.Builder? {
        let expression = expression.unwrapped
        if let reference = expression.as(DeclReferenceExprSyntax.self) {
            // An unknown name used as a builder is one of the app's roots (`app`, `router`).
            return environment[reference.baseName.text] ?? RouteReader.Builder(path: [])
        }
        guard let call = expression.as(FunctionCallExprSyntax.self) else {
            // `self.router`, `app.routes`: a root too.
            return expression.is(MemberAccessExprSyntax.self) ? RouteReader.Builder(path: []) : nil
        }
        if let reference = call.calledExpression.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            switch name {
            case "Router", "RouterGroup": return RouteReader.Builder(path: [])
            case "RouteCollection": return RouteReader.Builder(path: [], collection: "\(file):\(call.position.utf8Offset)")
            default: return reader.returnedBuilder(call, name: name, onType: nil, walker: self)
            }
        }
        guard let member = call.calledExpression.as(MemberAccessExprSyntax.self), let base = member.base else { return nil }
        let name = member.declName.baseName.text
        switch name {
        case "grouped", "group":
            return builder(base)?.appending(path(of: call.arguments.filter { $0.label == nil }, middlewareAllowed: true))
        case _ where RouteReader.verbs[name] != nil || name == "on":
            // Hummingbird's verbs return the group they were called on.
            return builder(base)
        default:
            return reader.returnedBuilder(call, name: name, onType: typeName(of: base), walker: self)
        }
    }

    /// The path the arguments spell, nil when one of them is built at run time. `grouped`
    /// takes middleware too, which leaves the path as it is.
    private func path(of arguments: [LabeledExprSyntax], middlewareAllowed: Bool = false) -> [RouteSegment]? {
        var segments: [RouteSegment] = []
        for argument in arguments {
            switch RoutePathExpression.read(argument.expression.unwrapped, constants: reader.declarations.pathConstants) {
            case .segments(let found): segments += found
            case .notAPath where middlewareAllowed: continue
            case .runtime where middlewareAllowed && argument.expression.unwrapped.is(DeclReferenceExprSyntax.self): continue
            case .notAPath, .runtime: return nil
            }
        }
        return segments
    }

    /// Vapor `on(.GET, "a", use:)`; Hummingbird `on("a", method: .get, use:)`.
    private func registerOn(_ call: FunctionCallExprSyntax, receiver: RouteReader.Builder, at location: SourceLocation) {
        var arguments = Array(call.arguments.filter { $0.label == nil })
        var methodName = call.arguments.first { $0.label?.text == "method" }?.expression.as(MemberAccessExprSyntax.self)?.declName.baseName.text
        if methodName == nil, let first = arguments.first, let member = first.expression.as(MemberAccessExprSyntax.self), member.base == nil {
            methodName = member.declName.baseName.text
            arguments.removeFirst()
        }
        guard let methodName, let method = RouteReader.verbs[methodName.lowercased()] else { return }
        reader.register(method, on: receiver, path: path(of: arguments), at: location)
    }

    /// `register(collection: TodoController())`: the collection's `boot(routes:)` on this builder.
    private func registerCollection(_ expression: ExprSyntax, on receiver: RouteReader.Builder, at location: SourceLocation) {
        guard let call = expression.unwrapped.as(FunctionCallExprSyntax.self),
            let type = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text,
            let boot = reader.declarations.functions.first(where: { $0.typeName == type && $0.decl.name.text == "boot" }),
            let parameter = boot.parameterNames.first
        else {
            reader.register(nil, on: RouteReader.Builder(path: nil), path: nil, at: location)
            return
        }
        reader.evaluate(boot, bindings: [parameter: receiver])
    }

    /// Hummingbird's result-builder router: `RouteGroup("api") { Get("todos") { … } }`.
    private func resultBuilderCall(_ call: FunctionCallExprSyntax, name: String) {
        let enclosing = resultBuilderGroups.last ?? RouteReader.Builder(path: [])
        if name == "RouteGroup" {
            resultBuilderGroups.append(enclosing.appending(path(of: call.arguments.filter { $0.label == nil })))
        } else if let method = RouteReader.resultBuilderVerbs[name] {
            reader.register(method, on: enclosing, path: path(of: call.arguments.filter { $0.label == nil }), at: location(of: call.calledExpression))
        }
    }

    /// `req.client.get(url) { … }` sends a request; it registers nothing.
    private func isHTTPClient(_ base: ExprSyntax) -> Bool {
        base.unwrapped.as(MemberAccessExprSyntax.self)?.declName.baseName.text == "client"
            || base.unwrapped.as(DeclReferenceExprSyntax.self)?.baseName.text == "client"
    }

    private func hasHandler(_ call: FunctionCallExprSyntax) -> Bool {
        call.trailingClosure != nil || call.arguments.contains { $0.label?.text == "use" || $0.expression.is(ClosureExprSyntax.self) }
    }

    /// `TodoController(…)` or `TodoController`: the type a call's receiver names.
    private func typeName(of base: ExprSyntax) -> String? {
        let base = base.unwrapped
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

    private func location(of node: some SyntaxProtocol) -> SourceLocation {
        let location = converter.location(for: node.positionAfterSkippingLeadingTrivia)
        return SourceLocation(file: file, line: location.line, column: location.column)
    }
}

extension ExprSyntax {
    /// Without `try`, `await` and parentheses.
    var unwrapped: ExprSyntax {
        if let tryExpr = self.as(TryExprSyntax.self) { return tryExpr.expression.unwrapped }
        if let awaitExpr = self.as(AwaitExprSyntax.self) { return awaitExpr.expression.unwrapped }
        if let tuple = self.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first { return only.expression.unwrapped }
        return self
    }
}

import SwiftSyntax

/// Reads the routes a Vapor 4 or Hummingbird 2 app registers, without running it: route builder
/// expressions are evaluated symbolically, each to the path prefix it stands for.
///
/// Followed: verbs with a handler (`get("a", ":id", use:)`, trailing closures, `on(.GET, …)`,
/// Hummingbird's `on("a", method: .get)` and verbs chained on a group), `grouped(…)` and
/// `group(…)` (with or without a closure; middleware arguments leave the path unchanged),
/// `register(collection: X())` into `X.boot(routes:)`, functions and methods of the module that
/// take a builder (`Controller().addRoutes(to: router.group("api"))`) or return one, Hummingbird's
/// `RouteCollection` added with `addRoutes(_:atPath:)`, and the result-builder router
/// (`RouteGroup("x") { Get("y") { … } }`). A path built at run time is kept as unresolved.
final class RouteReader {
    /// A route builder value: the path it prefixes (nil: built at run time), and for a
    /// Hummingbird `RouteCollection` the collection its routes wait in until it is added.
    struct Builder {
        var path: [RouteSegment]?
        var collection: String?

        func appending(_ segments: [RouteSegment]?) -> Builder {
            Builder(path: path.flatMap { base in segments.map { base + $0 } }, collection: collection)
        }
    }

    static let verbs: [String: HTTPMethod] = [
        "get": .get, "post": .post, "put": .put, "patch": .patch, "delete": .delete, "head": .head, "options": .options,
    ]
    static let resultBuilderVerbs: [String: HTTPMethod] = [
        "Get": .get, "Post": .post, "Put": .put, "Patch": .patch, "Delete": .delete, "Head": .head,
    ]

    let declarations: RouteDeclarations
    private(set) var registrations: [RouteRegistration] = []
    /// Routes registered on a `RouteCollection`, by collection, until it is added somewhere.
    private var pendingByCollection: [String: [RouteRegistration]] = [:]
    private var evaluated: Set<String> = []

    init(declarations: RouteDeclarations) {
        self.declarations = declarations
    }

    /// Every registration in the module. Functions that take a builder and are reached from a
    /// registration are evaluated with that builder; those never reached, with the root.
    static func registrations(in files: [(path: String, tree: SourceFileSyntax, converter: SourceLocationConverter)]) -> [RouteRegistration] {
        let reader = RouteReader(declarations: RouteDeclarations(files: files))
        for file in files {
            // Top-level code (`main.swift`) and every function that takes no builder.
            let walker = BuilderWalker(reader: reader, file: file.path, converter: file.converter, environment: [:])
            for statement in file.tree.statements where !statement.item.is(DeclSyntax.self) { walker.walk(statement) }
        }
        for function in reader.declarations.functions where function.builderParameters.isEmpty {
            reader.evaluate(function, bindings: [:])
        }
        // Entry points first (`routes(_ app:)`, never called in the module), then anything that is
        // called but was never reached with a builder.
        let unreached = reader.declarations.functions.filter { !$0.builderParameters.isEmpty }
        let calledNames = reader.declarations.calledNames
        for function in unreached.filter({ !calledNames.contains($0.decl.name.text) }) + unreached.filter({ calledNames.contains($0.decl.name.text) })
        where !reader.wasReached(function) {
            let names = function.builderParameters.map { function.parameterNames[$0] }
            reader.evaluate(function, bindings: Dictionary(names.map { ($0, Builder(path: [])) }) { first, _ in first })
        }
        // Collections never added anywhere register at the root.
        for pending in reader.pendingByCollection.keys.sorted() { reader.registrations += reader.pendingByCollection[pending] ?? [] }
        return reader.registrations
    }

    private var reached: Set<String> = []

    private func wasReached(_ function: RouteDeclarations.Function) -> Bool {
        reached.contains(function.id)
    }

    /// Walks a function's body with its builder parameters bound; each binding once.
    func evaluate(_ function: RouteDeclarations.Function, bindings: [String: Builder]) {
        let key = function.id + "|" + bindings.keys.sorted().map { "\($0)=\(describe(bindings[$0]!))" }.joined(separator: ",")
        reached.insert(function.id)
        guard evaluated.insert(key).inserted, let body = function.decl.body else { return }
        let walker = BuilderWalker(reader: self, file: function.file, converter: function.converter, environment: bindings)
        walker.walk(body)
    }

    /// A call into the module that takes builders: bind them and walk the callee.
    func followCall(_ call: FunctionCallExprSyntax, name: String, onType typeName: String?, walker: BuilderWalker) {
        let labels = call.arguments.map { $0.label?.text }
        for function in declarations.functions(named: name, onType: typeName, labels: labels) where !function.builderParameters.isEmpty {
            let names = function.parameterNames
            var bindings: [String: Builder] = [:]
            for (index, argument) in call.arguments.enumerated() where index < names.count && function.builderParameters.contains(index) {
                guard let builder = walker.builder(argument.expression) else { continue }
                bindings[names[index]] = builder
            }
            guard !bindings.isEmpty else { continue }
            evaluate(function, bindings: bindings)
        }
    }

    /// What a call to a module function that returns a builder returns: its returned expression,
    /// evaluated with the call's builder arguments bound.
    func returnedBuilder(_ call: FunctionCallExprSyntax, name: String, onType typeName: String?, walker: BuilderWalker) -> Builder? {
        let labels = call.arguments.map { $0.label?.text }
        guard let function = declarations.functions(named: name, onType: typeName, labels: labels).first(where: \.returnsBuilder),
            let body = function.decl.body
        else { return nil }
        let names = function.parameterNames
        var bindings: [String: Builder] = [:]
        for (index, argument) in call.arguments.enumerated() where index < names.count {
            if let builder = walker.builder(argument.expression) { bindings[names[index]] = builder }
        }
        let returned: ExprSyntax?
        if body.statements.count == 1, let only = body.statements.first?.item.as(ExprSyntax.self) {
            returned = only
        } else {
            returned = body.statements.compactMap { $0.item.as(ReturnStmtSyntax.self)?.expression }.first
        }
        guard let returned else { return nil }
        // Routes registered on the way (`RouteCollection(…).get(…)`) are recorded first.
        evaluate(function, bindings: bindings)
        let inner = BuilderWalker(reader: self, file: function.file, converter: function.converter, environment: bindings)
        return inner.builder(returned)
    }

    func register(_ method: HTTPMethod?, on builder: Builder, path: [RouteSegment]?, at location: SourceLocation) {
        let registration = RouteRegistration(method: method, path: builder.appending(path).path, location: location)
        if let collection = builder.collection {
            pendingByCollection[collection, default: []].append(registration)
        } else {
            registrations.append(registration)
        }
    }

    /// `router.addRoutes(collection, atPath: "/todos")`: the collection's routes move under the path.
    func addCollection(_ collection: String, to builder: Builder) {
        guard let pending = pendingByCollection.removeValue(forKey: collection) else { return }
        for registration in pending {
            var moved = registration
            moved.path = builder.path.flatMap { base in registration.path.map { base + $0 } }
            registrations.append(moved)
        }
    }

    private func describe(_ builder: Builder) -> String {
        builder.path.map { RouteRegistration.text($0, style: .colon) } ?? "?"
    }
}

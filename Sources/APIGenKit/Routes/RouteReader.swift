import SwiftSyntax

/// Reads the routes a Vapor 4 or Hummingbird 2 app registers, without running it: route builder
/// expressions are evaluated symbolically, each to the path prefix it stands for. What each
/// framework's API is comes from its ``RouteFramework``.
///
/// Reading starts where the app starts: top-level code, a `@main` type's methods, the getters a
/// framework reads the routes from (Hummingbird's `responder`), and the functions the
/// frameworks' templates name (`configure`, `routes`, `buildApplication`, `buildRouter`) when
/// nothing reached them before. From there every call into the module is
/// followed with its arguments bound (builders, path components, `self` for a method on a
/// builder), so a function nothing reaches registers nothing. A module with none of these entry
/// points (a partial input) is read from its uncalled functions that take or return a builder.
/// A prefix that cannot be worked out is kept as unknown: its routes are unresolved, never
/// reported under a shorter path.
final class RouteReader {
    /// A route builder value: the path it prefixes (nil: unknown), and for a Hummingbird
    /// `RouteCollection` the collection its routes wait in until it is added.
    struct Builder: Equatable {
        var path: [RouteSegment]?
        var collection: String?

        static let root = Builder(path: [])
        static let unknown = Builder(path: nil)

        func appending(_ segments: [RouteSegment]?) -> Builder {
            Builder(path: path.flatMap { base in segments.map { base + $0 } }, collection: collection)
        }
    }

    /// What a name in a function body is bound to.
    enum Binding {
        case builder(Builder)
        case path([RouteSegment]?)
        /// A known name that is neither (a middleware, a flag, a model).
        case other
    }

    let declarations: RouteDeclarations
    var frameworks: RouteFrameworks { declarations.frameworks }
    private(set) var registrations: [RouteRegistration] = []
    /// Routes registered on a `RouteCollection`, by collection, until it is added somewhere.
    private var pendingByCollection: [String: [RouteRegistration]] = [:]
    /// Each function evaluated once per binding of its parameters, with what it returned.
    private var evaluated: [String: Builder?] = [:]
    private var inProgress: Set<String> = []
    /// The functions evaluated so far, by id.
    private var reached: Set<String> = []

    init(declarations: RouteDeclarations) {
        self.declarations = declarations
    }

    static func registrations(in files: [(path: String, tree: SourceFileSyntax, converter: SourceLocationConverter)]) -> [RouteRegistration] {
        let reader = RouteReader(declarations: RouteDeclarations(files: files))
        for file in files {
            let walker = BuilderWalker(reader: reader, file: file.path, converter: file.converter, environment: [:], selfType: nil)
            for statement in file.tree.statements where !statement.item.is(DeclSyntax.self) { walker.walk(statement) }
        }
        // Where the app starts: a `@main` type's methods, then the frameworks' set-up functions
        // that nothing reached on the way.
        let mains = reader.declarations.functions.filter(\.decl.isInMainType)
        for function in mains { reader.evaluate(function, arguments: nil, receiver: nil, caller: nil) }
        for entry in reader.declarations.entryGetters {
            BuilderWalker(reader: reader, file: entry.file, converter: entry.converter, environment: [:], selfType: entry.typeName).walk(entry.getter)
        }
        // Uncalled first: `configure` reaches `routes` with the builder it passes.
        let named = reader.declarations.functions.filter { $0.typeName == nil && reader.frameworks.isEntryPoint($0.decl.name.text) }
        let called = reader.declarations.calledNames
        for function in named.filter({ !called.contains($0.decl.name.text) }) + named.filter({ called.contains($0.decl.name.text) })
        where !reader.reached.contains(function.id) {
            reader.evaluate(function, arguments: nil, receiver: nil, caller: nil)
        }
        if mains.isEmpty && named.isEmpty && reader.declarations.entryGetters.isEmpty && !reader.declarations.hasTopLevelCode {
            for function in reader.partialInputEntryPoints() { reader.evaluate(function, arguments: nil, receiver: nil, caller: nil) }
        }
        // Collections never added anywhere register at the root.
        for pending in reader.pendingByCollection.keys.sorted() { reader.registrations += reader.pendingByCollection[pending] ?? [] }
        return reader.registrations
    }

    /// A module without an entry point (some of an app's files): its functions that take or
    /// return a builder and that nothing in it calls.
    private func partialInputEntryPoints() -> [RouteDeclarations.Function] {
        let called = declarations.calledNames
        return declarations.functions.filter { function in
            !called.contains(function.decl.name.text)
                && (function.parameters.contains { declarations.isBuilderType($0.type.trimmedDescription) }
                    || function.decl.signature.returnClause.map { declarations.isBuilderType($0.type.trimmedDescription) } == true)
        }
    }

    /// Walks a function's body with its parameters bound to the call's arguments (nil: an entry
    /// point, whose root-typed parameters are the root); returns what it returns as a builder.
    @discardableResult
    func evaluate(
        _ function: RouteDeclarations.Function, arguments: [[ExprSyntax]]?, receiver: Builder?, caller: BuilderWalker?, passing builders: [Int: Builder] = [:]
    ) -> Builder? {
        reached.insert(function.id)
        guard let body = function.decl.body else { return nil }
        var environment = parameterBindings(function, arguments: arguments, caller: caller, passing: builders)
        if let typeName = function.typeName, declarations.isBuilderType(typeName) {
            environment["self"] = .builder(receiver ?? .unknown)
        }
        let key = function.id + "|" + environment.keys.sorted().map { "\($0)=\(describe(environment[$0]!))" }.joined(separator: ",")
        if let done = evaluated[key] { return done }
        guard inProgress.count < 32, inProgress.insert(key).inserted else { return .unknown }
        defer { inProgress.remove(key) }
        let walker = BuilderWalker(reader: self, file: function.file, converter: function.converter, environment: environment, selfType: function.typeName)
        let returned = walker.walkBody(body.statements)
        evaluated[key] = .some(returned)
        return returned
    }

    /// A computed property of builder type (`var endpoints: RouteCollection<Context> { … }`,
    /// `extension RoutesBuilder { var admin: RoutesBuilder { … } }`): its getter walked once per
    /// receiver, with `self` the receiver when the property extends a builder.
    func evaluateGetter(_ value: RouteDeclarations.Value, ofType typeName: String?, receiver: Builder?) -> Builder? {
        guard let statements = value.getterStatements else { return nil }
        let key = "\(value.file):\(statements.position.utf8Offset)|" + (receiver.map { describe(.builder($0)) } ?? "")
        if let done = evaluated[key] { return done }
        guard inProgress.count < 32, inProgress.insert(key).inserted else { return .unknown }
        defer { inProgress.remove(key) }
        let environment: [String: Binding] = receiver.map { ["self": .builder($0)] } ?? [:]
        let walker = BuilderWalker(reader: self, file: value.file, converter: value.converter, environment: environment, selfType: typeName)
        let returned = walker.walkBody(statements)
        evaluated[key] = .some(returned)
        return returned
    }

    /// A result-builder controller's `body` under the group it is placed in, once per group.
    func evaluateResultBuilderBody(_ value: RouteDeclarations.Value, ofType typeName: String, under group: Builder) {
        guard let statements = value.getterStatements else { return }
        let key = "\(value.file):\(statements.position.utf8Offset)|body|" + describe(.builder(group))
        guard evaluated[key] == nil, inProgress.count < 32, inProgress.insert(key).inserted else { return }
        defer { inProgress.remove(key) }
        let walker = BuilderWalker(reader: self, file: value.file, converter: value.converter, environment: [:], selfType: typeName)
        walker.resultBuilderGroups = [group]
        walker.walk(statements)
        evaluated[key] = .some(nil)
    }

    /// Each parameter bound as Swift binds the call's arguments: a builder as the caller reads it,
    /// a path (`path: PathComponent...`) as its segments or its default, anything else as no path.
    private func parameterBindings(
        _ function: RouteDeclarations.Function, arguments: [[ExprSyntax]]?, caller: BuilderWalker?, passing builders: [Int: Builder]
    ) -> [String: Binding] {
        var environment: [String: Binding] = [:]
        for (index, (parameter, name)) in zip(function.parameters, function.parameterNames).enumerated() {
            let type = parameter.type.trimmedDescription
            let passed = arguments.flatMap { index < $0.count ? $0[index] : nil } ?? []
            if let builder = builders[index] {
                environment[name] = .builder(builder)
            } else if declarations.isBuilderType(type) {
                if let first = passed.first, let caller {
                    environment[name] = .builder(caller.builder(first) ?? .unknown)
                } else {
                    environment[name] = .builder(arguments == nil && frameworks.isRootType(type) ? .root : .unknown)
                }
            } else if frameworks.isPathType(type) {
                if !passed.isEmpty, let caller {
                    environment[name] = .path(caller.pathReader.segments(of: passed))
                } else if let defaultValue = parameter.defaultValue?.value {
                    let own = RoutePathExpression.Reader(declarations: declarations, selfType: function.typeName) { _ in nil }
                    environment[name] = .path(own.segments(of: [defaultValue]))
                } else {
                    environment[name] = .path(parameter.ellipsis != nil && arguments != nil ? [] : nil)
                }
            } else {
                environment[name] = .other
            }
        }
        return environment
    }

    /// A call into the module: bind its arguments and walk the callee.
    func followCall(_ call: FunctionCallExprSyntax, name: String, onType typeName: String?, receiver: Builder?, walker: BuilderWalker) {
        for (function, arguments) in declarations.functions(named: name, onType: typeName, call: call) {
            evaluate(function, arguments: arguments, receiver: receiver, caller: walker)
        }
    }

    /// What a call to a module function that returns a builder returns, evaluated with the
    /// call's arguments bound; nil when no such function fits.
    func returnedBuilder(_ call: FunctionCallExprSyntax, name: String, onType typeName: String?, receiver: Builder?, walker: BuilderWalker) -> Builder? {
        let candidates = declarations.functions(named: name, onType: typeName, call: call).filter { candidate in
            candidate.function.decl.signature.returnClause.map { declarations.isBuilderType($0.type.trimmedDescription) } ?? false
        }
        guard let candidate = candidates.first else { return nil }
        return evaluate(candidate.function, arguments: candidate.arguments, receiver: receiver, caller: walker) ?? .unknown
    }

    func register(_ method: HTTPMethod?, on builder: Builder, path: [RouteSegment]?, at location: InputLocation) {
        let registration = RouteRegistration(method: method, path: builder.appending(path).path, location: location)
        if let collection = builder.collection {
            pendingByCollection[collection, default: []].append(registration)
        } else if !registrations.contains(where: { $0.location == location && $0.method == method && $0.path == registration.path }) {
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

    private func describe(_ binding: Binding) -> String {
        switch binding {
        case .builder(let builder): "b" + (builder.path.map { RouteRegistration.text($0, style: .colon) } ?? "?") + (builder.collection ?? "")
        case .path(let path): "p" + (path.map { RouteRegistration.text($0, style: .colon) } ?? "?")
        case .other: "o"
        }
    }
}

extension FunctionDeclSyntax {
    /// Whether the function is a member of a `@main` type (`main()`, a command's `run()`).
    fileprivate var isInMainType: Bool {
        var current = parent
        while let candidate = current {
            if let attributes = candidate.asProtocol(WithAttributesSyntax.self)?.attributes, candidate.is(DeclSyntax.self) {
                return attributes.contains { $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "main" }
            }
            current = candidate.parent
        }
        return false
    }
}

import SwiftSyntax

import ToolSupport

/// Reads the routes a Vapor 4 or Hummingbird 2 app registers, without running it: route builder
/// expressions are evaluated symbolically, each to the path prefix it stands for. What each
/// framework's API is comes from its ``RouteFramework``.
///
/// Reading starts where the app starts: top-level code, a `@main` type's methods, the getters a
/// framework reads the routes from (Hummingbird's `responder`), and the functions the
/// frameworks' templates name (`configure`, `routes`, `buildApplication`, `buildRouter`) when
/// nothing reached them before. From there every call into the module is followed with its
/// arguments bound (builders, path components, the types of other values), a method call through
/// its receiver's type (``CallBinding``), so a function nothing reaches registers nothing. A
/// module with none of these entry points (a partial input) is read from its uncalled functions
/// that take or return a builder. A prefix that cannot be worked out is kept as unknown: its
/// routes are unresolved, never reported under a shorter path.
final class RouteReader {
    /// A route builder value: the path it prefixes (nil: unknown), and for a Hummingbird
    /// `RouteCollection` the collection its routes wait in until it is added.
    struct Builder: Equatable {
        var path: [RouteSegment]?
        var collection: String?
        /// Why the path is unknown, when the reader can say (branches that disagree).
        var unknownBecause: String?

        static let root = Builder(path: [])
        static let unknown = Builder(path: nil)

        func appending(_ segments: [RouteSegment]?) -> Builder {
            Builder(path: path.flatMap { base in segments.map { base + $0 } }, collection: collection, unknownBecause: unknownBecause)
        }

        /// The builder of either branch (`a ?? b`, `flag ? a : b`, an `if` assigning each): the
        /// same path on both, else unknown. Middleware added on one branch changes nothing.
        func merged(with other: Builder) -> Builder {
            var merged = Builder(path: path == other.path ? path : nil, collection: collection == other.collection ? collection : nil)
            if let path, let otherPath = other.path, path != otherPath {
                let texts = [path, otherPath].map { RouteRegistration.text($0, style: .colon) }
                merged.unknownBecause = "on a group whose branches give \(texts[0]) and \(texts[1])"
            } else if merged.path == nil {
                merged.unknownBecause = unknownBecause ?? other.unknownBecause
            }
            return merged
        }
    }

    /// What a name in a function body is bound to.
    enum Binding: Equatable {
        case builder(Builder)
        case path([RouteSegment]?)
        /// Any other value (a controller, a middleware, a flag), with its type when known.
        case value(ReceiverType?)
        /// Declared without a value (`var group: RouterGroup<Context>`); the first assignment binds it.
        case unassigned
        /// `nil` (an optional builder parameter left out): `nothing ?? router` is `router`, and a
        /// registration on it registers nothing.
        case nothing

        /// What the name is after branches that bound it to each: the same on both, else unknown.
        func merged(with other: Binding) -> Binding {
            switch (self, other) {
            case _ where self == other: self
            case (.unassigned, _), (.nothing, .builder): other
            case (_, .unassigned), (.builder, .nothing): self
            case (.builder(let a), .builder(let b)): .builder(a.merged(with: b))
            case (.path, .path): .path(nil)
            default: .value(nil)
            }
        }
    }

    let declarations: RouteDeclarations
    var frameworks: RouteFramework { declarations.frameworks }
    /// The compiler's answer to which function a call names, with `--index-store`.
    let index: RouteCallIndex?
    private(set) var registrations: [RouteRegistration] = []
    /// Routes registered on a `RouteCollection`, by collection, until it is added somewhere.
    private var pendingByCollection: [String: [RouteRegistration]] = [:]
    /// Each function evaluated once per binding of its parameters, with what it returned.
    private var evaluated: [String: Builder?] = [:]
    /// The functions and getters under way, by position: one reached again while it runs (a
    /// recursion, whatever its arguments) returns an unknown builder.
    private var inProgress: Set<String> = []
    /// The functions evaluated so far, by id.
    private var reached: Set<String> = []
    /// Whether a function may register routes, by id (``mayRegisterRoutes(_:)``).
    private var registersRoutes: [String: Bool] = [:]
    /// Module values whose type is being worked out, against a value defined by itself.
    var typesInProgress: Set<String> = []

    init(declarations: RouteDeclarations, index: RouteCallIndex? = nil) {
        self.declarations = declarations
        self.index = index
    }

    static func registrations(
        in files: [FileContext], index: RouteCallIndex? = nil
    ) -> [RouteRegistration] {
        let reader = RouteReader(declarations: RouteDeclarations(files: files), index: index)
        for file in files {
            let walker = BuilderWalker(reader: reader, source: file, environment: [:], selfType: nil, via: [])
            for statement in file.tree.statements where !statement.item.is(DeclSyntax.self) { walker.walk(statement) }
        }
        // Where the app starts: a `@main` type's methods, then the frameworks' set-up functions
        // that nothing reached on the way.
        let mains = reader.declarations.functions.filter(\.decl.isInMainType)
        for function in mains { reader.evaluate(function, arguments: nil, receiver: nil, selfType: function.typeName, caller: nil, via: []) }
        for entry in reader.declarations.entryGetters {
            BuilderWalker(reader: reader, source: entry.source, environment: [:], selfType: entry.typeName, via: []).walk(entry.getter)
        }
        // Uncalled first: `configure` reaches `routes` with the builder it passes.
        let named = reader.declarations.functions.filter { $0.typeName == nil && reader.frameworks.entryPoints.contains($0.decl.name.text) }
        let called = reader.declarations.calledNames
        for function in named.filter({ !called.contains($0.decl.name.text) }) + named.filter({ called.contains($0.decl.name.text) })
        where !reader.reached.contains(function.id) {
            reader.evaluate(function, arguments: nil, receiver: nil, selfType: nil, caller: nil, via: [])
        }
        if mains.isEmpty && named.isEmpty && reader.declarations.entryGetters.isEmpty && !reader.declarations.hasTopLevelCode {
            for function in reader.partialInputEntryPoints() {
                reader.evaluate(function, arguments: nil, receiver: nil, selfType: function.typeName, caller: nil, via: [])
            }
        }
        // A collection apigen never saw added to a router (added through a call it could not
        // follow, or not at all): its routes are seen but not placed.
        for pending in reader.pendingByCollection.keys.sorted() {
            for var registration in reader.pendingByCollection[pending] ?? [] {
                registration.path = nil
                registration.unknownBecause = "in a route collection apigen did not see added to a router"
                reader.record(registration)
            }
        }
        return OneLineOnePath.checked(reader.registrations)
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
    /// point, whose root-typed parameters are the root) and `self` of type `selfType`; returns
    /// what it returns as a builder.
    @discardableResult
    func evaluate(
        _ function: RouteDeclarations.Function, arguments: [[ExprSyntax]]?, receiver: Builder?, selfType: String?, caller: BuilderWalker?,
        passing builders: [Int: Builder] = [:], via: [RouteCallStep]
    ) -> Builder? {
        reached.insert(function.id)
        guard let body = function.decl.body else { return nil }
        var environment = parameterBindings(function, arguments: arguments, caller: caller, passing: builders)
        if let typeName = function.typeName, declarations.isBuilderType(typeName) {
            environment["self"] = .builder(receiver ?? .unknown)
        }
        let key = function.id + "|" + (selfType ?? "") + "|" + environment.keys.sorted().map { "\($0)=\(describe(environment[$0]!))" }.joined(separator: ",")
        if let done = evaluated[key] { return done }
        guard inProgress.insert(function.id).inserted else { return .unknown }
        defer { inProgress.remove(function.id) }
        let walker = BuilderWalker(
            reader: self, source: function.source, environment: environment, selfType: selfType ?? function.typeName, via: via)
        let returned = walker.walkBody(body.statements)
        evaluated[key] = .some(returned)
        return returned
    }

    /// A computed property of builder type (`var endpoints: RouteCollection<Context> { … }`,
    /// `extension RoutesBuilder { var admin: RoutesBuilder { … } }`): its getter walked once per
    /// receiver, with `self` the receiver when the property extends a builder.
    func evaluateGetter(_ value: RouteDeclarations.Value, ofType typeName: String?, receiver: Builder?, via: [RouteCallStep]) -> Builder? {
        guard let statements = value.getterStatements else { return nil }
        let position = "\(value.file):\(statements.position.utf8Offset)"
        let key = position + "|\(typeName ?? "")|" + (receiver.map { describe(.builder($0)) } ?? "")
        if let done = evaluated[key] { return done }
        guard inProgress.insert(position).inserted else { return .unknown }
        defer { inProgress.remove(position) }
        let environment: [String: Binding] = receiver.map { ["self": .builder($0)] } ?? [:]
        let walker = BuilderWalker(reader: self, source: value.source, environment: environment, selfType: typeName, via: via)
        let returned = walker.walkBody(statements)
        evaluated[key] = .some(returned)
        return returned
    }

    /// A result-builder controller's `body` under the group it is placed in, once per group.
    func evaluateResultBuilderBody(_ value: RouteDeclarations.Value, ofType typeName: String, under group: Builder, via: [RouteCallStep]) {
        guard let statements = value.getterStatements else { return }
        let position = "\(value.file):\(statements.position.utf8Offset)"
        let key = position + "|body|" + describe(.builder(group))
        guard evaluated[key] == nil, inProgress.insert(position).inserted else { return }
        defer { inProgress.remove(position) }
        let walker = BuilderWalker(reader: self, source: value.source, environment: [:], selfType: typeName, via: via)
        walker.resultBuilderGroups = [group]
        walker.walk(statements)
        evaluated[key] = .some(nil)
    }

    /// Each parameter bound as Swift binds the call's arguments: a builder as the caller reads it,
    /// a path (`path: PathComponent...`, `RouterPath = "/todos"`) as its segments or its default,
    /// any other value as the type of what is passed, else as declared.
    private func parameterBindings(
        _ function: RouteDeclarations.Function, arguments: [[ExprSyntax]]?, caller: BuilderWalker?, passing builders: [Int: Builder]
    ) -> [String: Binding] {
        var environment: [String: Binding] = [:]
        for (index, (parameter, name)) in zip(function.parameters, function.parameterNames).enumerated() {
            let type = function.declaredType(of: parameter)
            let passed = arguments.flatMap { index < $0.count ? $0[index] : nil } ?? []
            if let builder = builders[index] {
                environment[name] = .builder(builder)
            } else if declarations.isBuilderType(type) {
                if let first = passed.first, first.unwrapped.is(NilLiteralExprSyntax.self) {
                    environment[name] = .nothing
                } else if passed.isEmpty, arguments != nil, parameter.defaultValue?.value.is(NilLiteralExprSyntax.self) == true {
                    environment[name] = .nothing
                } else if let first = passed.first, let caller {
                    environment[name] = .builder(caller.builder(first) ?? .unknown)
                } else if passed.isEmpty, arguments != nil, let defaultValue = parameter.defaultValue?.value {
                    let own = BuilderWalker(reader: self, source: function.source, environment: [:], selfType: function.typeName, via: [])
                    environment[name] = .builder(own.builder(defaultValue) ?? .unknown)
                } else {
                    environment[name] = .builder(arguments == nil && frameworks.isRootType(type) ? .root : .unknown)
                }
            } else if frameworks.isPathType(type) {
                if let caller, !passed.isEmpty {
                    environment[name] = .path(caller.pathReader.segments(of: passed))
                } else if let defaultValue = parameter.defaultValue?.value {
                    let own = RoutePathExpression.Reader(declarations: declarations, selfType: function.typeName) { _ in nil }
                    environment[name] = .path(own.segments(of: [defaultValue]))
                } else {
                    environment[name] = .path(parameter.ellipsis != nil && arguments != nil ? [] : nil)
                }
            } else {
                let passedType = passed.count == 1 ? caller.flatMap { $0.receiverType(of: passed[0]) } : nil
                environment[name] = .value(passedType ?? ReceiverType(declared: type))
            }
        }
        return environment
    }

    func register(_ method: HTTPMethod?, on builder: Builder, path: [RouteSegment]?, at location: InputLocation, via: [RouteCallStep]) {
        var registration = RouteRegistration(method: method, path: builder.appending(path).path, location: location, via: via)
        if builder.path == nil { registration.unknownBecause = builder.unknownBecause }
        if let collection = builder.collection {
            pendingByCollection[collection, default: []].append(registration)
        } else {
            record(registration)
        }
    }

    /// Something the reader saw that would register routes but cannot place: always a finding.
    func registerUnplaced(_ message: String, at location: InputLocation, notes: [DiagnosticNote] = [], via: [RouteCallStep]) {
        record(RouteRegistration(method: nil, path: nil, location: location, via: via, unplaced: message, notes: notes))
    }

    func record(_ registration: RouteRegistration) {
        // The same registration reached again with the same result (a helper evaluated twice).
        guard !registrations.contains(where: {
            $0.location == registration.location && $0.method == registration.method && $0.path == registration.path
                && $0.unplaced == registration.unplaced
        }) else { return }
        registrations.append(registration)
    }

    /// `router.addRoutes(collection, atPath: "/todos")`: the collection's routes move under the path.
    func addCollection(_ collection: String, to builder: Builder) {
        guard let pending = pendingByCollection.removeValue(forKey: collection) else { return }
        for registration in pending {
            var moved = registration
            moved.path = builder.path.flatMap { base in registration.path.map { base + $0 } }
            record(moved)
        }
    }

    /// Whether a function may register routes: it takes or returns a builder, or its body names
    /// a property or global that holds one (`app.get(…)` on a stored `let app: Application`).
    func mayRegisterRoutes(_ function: RouteDeclarations.Function) -> Bool {
        if let known = registersRoutes[function.id] { return known }
        let signature = function.parameters.contains { declarations.isBuilderType(function.declaredType(of: $0)) }
            || function.decl.signature.returnClause.map { declarations.isBuilderType($0.type.trimmedDescription) } == true
        let result = signature || (function.decl.body.map { body in
            RouteNames(in: Syntax(body)).references.contains { name in
                let value = function.typeName.flatMap { declarations.member(named: name, of: $0) } ?? declarations.values[name]
                return value?.type.map(declarations.isBuilderType) == true
            }
        } ?? false)
        registersRoutes[function.id] = result
        return result
    }

    private func describe(_ binding: Binding) -> String {
        switch binding {
        case .builder(let builder): "b" + (builder.path.map { RouteRegistration.text($0, style: .colon) } ?? "?") + (builder.collection ?? "")
        case .path(let path): "p" + (path.map { RouteRegistration.text($0, style: .colon) } ?? "?")
        case .value(let type): "v" + (type.map { "\($0)" } ?? "?")
        case .unassigned: "u"
        case .nothing: "n"
        }
    }
}

/// The names a function body refers to, for ``RouteReader/mayRegisterRoutes(_:)``.
private final class RouteNames: SyntaxVisitor {
    private(set) var references: Set<String> = []

    init(in node: Syntax) {
        super.init(viewMode: .sourceAccurate)
        walk(node)
    }

    override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        references.insert(node.baseName.text)
        return .visitChildren
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

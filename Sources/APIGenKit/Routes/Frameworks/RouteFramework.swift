/// What `--verify-routes` knows about one web framework's routing API, as data: the way
/// intxcheck's `LibraryProfile` describes a database library. The route reader asks the
/// frameworks it knows; nothing about Vapor or Hummingbird is written into its logic.
struct RouteFramework: Sendable {
    var name: String
    /// Types whose values are route builders, as parameter, property and return types name them.
    var builderTypes: [String]
    /// Builder types whose values are the app's root (`Application`, Hummingbird's `Router`): a
    /// parameter or property of such a type prefixes nothing.
    var rootTypes: [String]
    /// Calls that make a root (`Router(context:)`, `Application(.detect())`, `Application.make()`).
    var rootConstructors: [String]
    /// Members of a root that are the root's builder (`app.routes`).
    var rootMembers: [String]
    /// Registration calls by name, with the method they register.
    var verbs: [String: HTTPMethod]
    /// `on(.GET, …)` / `on(…, method: .get)`: the method is an argument.
    var methodArgumentVerbs: [String]
    /// Verbs that register a GET route answered with a WebSocket upgrade (Vapor's `webSocket`).
    var webSocketVerbs: [String]
    /// Argument labels that name a registration's handler (`use:`, `onUpgrade:`).
    var handlerLabels: [String]
    /// Calls on a builder that return a builder under more path components and middleware.
    var groupingCalls: [String]
    /// Grouping calls that also take a closure receiving the group (`group("x") { g in … }`).
    var closureGroupingCalls: [String]
    /// Calls on a builder that return it with its path unchanged (Hummingbird's
    /// `add(middleware:)`, `addMiddleware { … }`, `addRoutes(_:atPath:)`).
    var passThroughCalls: [String]
    /// Whether a verb returns the builder it was called on, so verbs chain (Hummingbird).
    var verbsReturnBuilder: Bool
    /// `register(collection: X())`: the call, its label, and the collection's entry method.
    var collectionRegistration: (call: String, label: String, entry: String)?
    /// Protocols a route collection conforms to.
    var collectionProtocols: [String]
    /// Calls that make a collection whose routes wait until it is added (Hummingbird's
    /// `RouteCollection(context:)`), and the call that adds one (`addRoutes(_:atPath:)`).
    var collectionConstructors: [String]
    var addCollection: (call: String, pathLabel: String)?
    /// Result-builder routing: group and verb type names (`RouteGroup("x") { Get("y") { … } }`).
    var resultBuilderGroups: [String]
    var resultBuilderVerbs: [String: HTTPMethod]
    /// The result-builder router itself (`RouterBuilder(context:) { … }`), and the property a
    /// controller placed in it declares its routes in (`var body: some RouterMiddleware { … }`).
    var resultBuilderRoots: [String]
    var controllerBodyProperty: String?
    /// The path component type and its constructors from a string (`PathComponent(":id")`,
    /// `.constant("x")`, `.parameter("id")`), and the wildcard members.
    var pathComponentType: String?
    var pathComponentConstructors: [String: PathComponentKind]
    var wildcardMembers: [String: RouteSegment]
    /// Members of a builder's root that are middleware values (`app.sessions.middleware`).
    var middlewareMembers: [String]
    /// Functions the framework's app templates call to set the app up, and computed properties
    /// the framework reads to get the routes (Hummingbird's `ApplicationProtocol.responder`):
    /// where reading starts.
    var entryPoints: [String]
    var entryProperties: [String]

    enum PathComponentKind: Sendable {
        /// A string read with the path syntax (`":id"` is a parameter).
        case parsed
        case constant
        case parameter
    }
}

extension RouteFramework {
    static let all: [RouteFramework] = [.vapor, .hummingbird]
}

/// The frameworks' knowledge merged: the reader reads a module that may use either.
struct RouteFrameworks: Sendable {
    let frameworks: [RouteFramework]

    init(_ frameworks: [RouteFramework] = RouteFramework.all) {
        self.frameworks = frameworks
    }

    func verb(_ name: String) -> HTTPMethod? {
        for framework in frameworks {
            if let method = framework.verbs[name] { return method }
            if framework.webSocketVerbs.contains(name) { return .get }
        }
        return nil
    }

    func isMethodArgumentVerb(_ name: String) -> Bool { frameworks.contains { $0.methodArgumentVerbs.contains(name) } }
    func isHandlerLabel(_ label: String) -> Bool { frameworks.contains { $0.handlerLabels.contains(label) } }
    func isGrouping(_ name: String) -> Bool { frameworks.contains { $0.groupingCalls.contains(name) } }
    func isPassThrough(_ name: String) -> Bool { frameworks.contains { $0.passThroughCalls.contains(name) } }
    var entryProperties: Set<String> { Set(frameworks.flatMap(\.entryProperties)) }
    func isClosureGrouping(_ name: String) -> Bool { frameworks.contains { $0.closureGroupingCalls.contains(name) } }
    var verbsReturnBuilder: Bool { frameworks.contains(where: \.verbsReturnBuilder) }
    func isRootConstructor(_ name: String) -> Bool { frameworks.contains { $0.rootConstructors.contains(name) } }
    var builderTypeNames: [String] { frameworks.flatMap(\.builderTypes) }
    func isRootMember(_ name: String) -> Bool { frameworks.contains { $0.rootMembers.contains(name) } }
    func isCollectionConstructor(_ name: String) -> Bool { frameworks.contains { $0.collectionConstructors.contains(name) } }
    func isMiddlewareMember(_ name: String) -> Bool { frameworks.contains { $0.middlewareMembers.contains(name) } }
    func isEntryPoint(_ name: String) -> Bool { frameworks.contains { $0.entryPoints.contains(name) } }
    var collectionRegistrations: [(call: String, label: String, entry: String)] { frameworks.compactMap(\.collectionRegistration) }
    var addCollectionCalls: [(call: String, pathLabel: String)] { frameworks.compactMap(\.addCollection) }
    func isResultBuilderGroup(_ name: String) -> Bool { frameworks.contains { $0.resultBuilderGroups.contains(name) } }
    func isResultBuilderContainer(_ name: String) -> Bool { frameworks.contains { $0.resultBuilderGroups.contains(name) || $0.resultBuilderRoots.contains(name) } }
    var controllerBodyProperties: [String] { frameworks.compactMap(\.controllerBodyProperty) }
    func resultBuilderVerb(_ name: String) -> HTTPMethod? { frameworks.lazy.compactMap { $0.resultBuilderVerbs[name] }.first }
    var pathComponentTypes: [String] { frameworks.compactMap(\.pathComponentType) }
    func pathComponentConstructor(_ name: String) -> RouteFramework.PathComponentKind? {
        frameworks.lazy.compactMap { $0.pathComponentConstructors[name] }.first
    }
    func wildcard(_ name: String) -> RouteSegment? { frameworks.lazy.compactMap { $0.wildcardMembers[name] }.first }

    /// `RoutesBuilder`, `any RoutesBuilder`, `some RouterMethods<Context>`, `Vapor.Application`.
    func isBuilderType(_ text: String) -> Bool { typeName(text).map { name in frameworks.contains { $0.builderTypes.contains(name) } } ?? false }
    func isRootType(_ text: String) -> Bool { typeName(text).map { name in frameworks.contains { $0.rootTypes.contains(name) } } ?? false }
    /// `PathComponent`, `[PathComponent]`, `PathComponent...`, `String`, `[String]`.
    func isPathType(_ text: String) -> Bool {
        var text = text.trimmingSuffix("...").trimmingSuffix("?")
        if text.hasPrefix("[") && text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        guard let name = typeName(text) else { return false }
        return name == "String" || pathComponentTypes.contains(name)
    }

    private func typeName(_ text: String) -> String? {
        var text = Substring(text)
        for prefix in ["some ", "any "] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
        let name = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }.split(separator: ".").last.map(String.init)
        return name?.isEmpty == false ? name : nil
    }
}

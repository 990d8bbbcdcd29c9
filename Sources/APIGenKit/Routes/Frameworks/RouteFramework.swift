/// What `--verify-routes` knows about one web framework's routing API, as data: the way
/// intxcheck's `LibraryProfile` describes a database library. Every field has a default (nothing),
/// so a framework names only what it has; the reader reads the frameworks ``merged(_:name:)``
/// into one, and nothing about Vapor or Hummingbird is written into its logic.
struct RouteFramework: Sendable {
    /// `register(collection: TodoController())`: the call, the collection's label, and the method
    /// of the collection that registers its routes on the builder it is given.
    struct CollectionRegistration: Sendable, Hashable {
        var call: String
        var label: String
        var entry: String
    }

    /// `router.addRoutes(collection, atPath: "/todos")`: the call that adds a collection whose
    /// routes waited in it, and the label of the path it adds them under.
    struct CollectionAddition: Sendable, Hashable {
        var call: String
        var pathLabel: String
    }

    enum PathComponentKind: Sendable {
        /// A string read with the path syntax (`":id"` is a parameter).
        case parsed
        case constant
        case parameter
    }

    var name: String
    /// Types whose values are route builders, as parameter, property and return types name them.
    var builderTypes: Set<String> = []
    /// Builder types whose values are the app's root (`Application`, Hummingbird's `Router`): a
    /// parameter or property of such a type prefixes nothing.
    var rootTypes: Set<String> = []
    /// Calls that make a root (`Router(context:)`, `Application(.detect())`, `Application.make()`).
    var rootConstructors: Set<String> = []
    /// Members of a root that are the root's builder (`app.routes`).
    var rootMembers: Set<String> = []
    /// Registration calls by name, with the method they register.
    var verbs: [String: HTTPMethod] = [:]
    /// `on(.GET, …)` / `on(…, method: .get)`: the method is an argument, unlabeled first or under
    /// one of `methodLabels`.
    var methodArgumentVerbs: Set<String> = []
    var methodLabels: Set<String> = []
    /// Verbs that register a GET route answered with a WebSocket upgrade (`webSocket`, `ws`).
    var webSocketVerbs: Set<String> = []
    /// Argument labels that name a registration's handler (`use:`, `onUpgrade:`, `responder:`).
    var handlerLabels: Set<String> = []
    /// Calls on a builder that return a builder under more path components and middleware.
    var groupingCalls: Set<String> = []
    /// Grouping calls that also take a closure receiving the group (`group("x") { g in … }`).
    var closureGroupingCalls: Set<String> = []
    /// Calls on a builder that return it with its path unchanged (Hummingbird's
    /// `add(middleware:)`, `addMiddleware { … }`, `addRoutes(_:atPath:)`).
    var passThroughCalls: Set<String> = []
    /// Whether a verb returns the builder it was called on, so verbs chain (Hummingbird).
    var verbsReturnBuilder = false
    var collectionRegistrations: [CollectionRegistration] = []
    /// Protocols a route collection conforms to: the candidates for a collection of unknown type.
    var collectionProtocols: Set<String> = []
    /// Calls that make a collection whose routes wait until it is added (Hummingbird's
    /// `RouteCollection(context:)`), and the calls that add one.
    var collectionConstructors: Set<String> = []
    var collectionAdditions: [CollectionAddition] = []
    /// Result-builder routing: group and verb type names (`RouteGroup("x") { Get("y") { … } }`).
    var resultBuilderGroups: Set<String> = []
    var resultBuilderVerbs: [String: HTTPMethod] = [:]
    /// The result-builder router itself (`RouterBuilder(context:) { … }`), and the properties a
    /// controller placed in it declares its routes in (`var body: some RouterMiddleware { … }`).
    var resultBuilderRoots: Set<String> = []
    var controllerBodyProperties: Set<String> = []
    /// Path types made from a string (`PathComponent`, `RouterPath`), their constructors
    /// (`PathComponent(":id")`, `.constant("x")`, `.parameter("id")`), and the wildcard members.
    /// A `String` is a path to every framework.
    var pathComponentTypes: Set<String> = []
    var pathComponentConstructors: [String: PathComponentKind] = [:]
    var wildcardMembers: [String: RouteSegment] = [:]
    /// Members that read a string as a path's components (Vapor's `"a/b".pathComponents`).
    var stringPathMembers: Set<String> = []
    /// Members of a builder's root that are middleware values (`app.sessions.middleware`).
    var middlewareMembers: Set<String> = []
    /// Members whose calls send requests rather than register routes (`req.client.get(url)`).
    var clientMembers: Set<String> = []
    /// Functions the framework's app templates call to set the app up, and computed properties
    /// the framework reads to get the routes (Hummingbird's `ApplicationProtocol.responder`):
    /// where reading starts.
    var entryPoints: Set<String> = []
    var entryProperties: Set<String> = []

    /// The frameworks apigen knows.
    static let all: [RouteFramework] = [.vapor, .hummingbird]

    /// All of them as one: a module may use either.
    static let known = merged(all, name: all.map(\.name).joined(separator: " + "))

    /// Several frameworks as one: every name of each; where two name the same verb or
    /// constructor differently, the first wins.
    static func merged(_ frameworks: [RouteFramework], name: String) -> RouteFramework {
        var merged = RouteFramework(name: name)
        for framework in frameworks {
            merged.builderTypes.formUnion(framework.builderTypes)
            merged.rootTypes.formUnion(framework.rootTypes)
            merged.rootConstructors.formUnion(framework.rootConstructors)
            merged.rootMembers.formUnion(framework.rootMembers)
            merged.verbs.merge(framework.verbs) { first, _ in first }
            merged.methodArgumentVerbs.formUnion(framework.methodArgumentVerbs)
            merged.methodLabels.formUnion(framework.methodLabels)
            merged.webSocketVerbs.formUnion(framework.webSocketVerbs)
            merged.handlerLabels.formUnion(framework.handlerLabels)
            merged.groupingCalls.formUnion(framework.groupingCalls)
            merged.closureGroupingCalls.formUnion(framework.closureGroupingCalls)
            merged.passThroughCalls.formUnion(framework.passThroughCalls)
            merged.verbsReturnBuilder = merged.verbsReturnBuilder || framework.verbsReturnBuilder
            merged.collectionRegistrations += framework.collectionRegistrations.filter { !merged.collectionRegistrations.contains($0) }
            merged.collectionProtocols.formUnion(framework.collectionProtocols)
            merged.collectionConstructors.formUnion(framework.collectionConstructors)
            merged.collectionAdditions += framework.collectionAdditions.filter { !merged.collectionAdditions.contains($0) }
            merged.resultBuilderGroups.formUnion(framework.resultBuilderGroups)
            merged.resultBuilderVerbs.merge(framework.resultBuilderVerbs) { first, _ in first }
            merged.resultBuilderRoots.formUnion(framework.resultBuilderRoots)
            merged.controllerBodyProperties.formUnion(framework.controllerBodyProperties)
            merged.pathComponentTypes.formUnion(framework.pathComponentTypes)
            merged.pathComponentConstructors.merge(framework.pathComponentConstructors) { first, _ in first }
            merged.wildcardMembers.merge(framework.wildcardMembers) { first, _ in first }
            merged.stringPathMembers.formUnion(framework.stringPathMembers)
            merged.middlewareMembers.formUnion(framework.middlewareMembers)
            merged.clientMembers.formUnion(framework.clientMembers)
            merged.entryPoints.formUnion(framework.entryPoints)
            merged.entryProperties.formUnion(framework.entryProperties)
        }
        return merged
    }
}

// Reading the data: what a call or a written type is to the framework.
extension RouteFramework {
    /// The method a registration call registers: a verb's, GET for a WebSocket upgrade.
    func method(ofVerb name: String) -> HTTPMethod? {
        verbs[name] ?? (webSocketVerbs.contains(name) ? .get : nil)
    }

    /// Whether a call of this name registers a route (its method a constant or an argument).
    func isVerb(_ name: String) -> Bool {
        method(ofVerb: name) != nil || methodArgumentVerbs.contains(name)
    }

    /// `RoutesBuilder`, `any RoutesBuilder`, `some RouterMethods<Context>`, `Vapor.Application`.
    func isBuilderType(_ text: String) -> Bool {
        RouteTypeName(text).map { builderTypes.contains($0.name) } ?? false
    }

    func isRootType(_ text: String) -> Bool {
        RouteTypeName(text).map { rootTypes.contains($0.name) } ?? false
    }

    /// `PathComponent`, `[PathComponent]`, `PathComponent...`, `RouterPath`, `String`, `[String]`.
    func isPathType(_ text: String) -> Bool {
        guard let type = RouteTypeName(text, elementOfArray: true) else { return false }
        return type.name == "String" || pathComponentTypes.contains(type.name)
    }
}

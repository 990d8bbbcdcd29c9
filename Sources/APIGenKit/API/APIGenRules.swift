import ToolSupport

extension Rule {
    /// A well-formed route, the non-triggering example most rules share.
    static let wellFormedRoute = """
        struct Thing: Codable { var id: Int }

        /// @Summary Get a thing
        /// @Param id path int true "Thing ID"
        /// @Success 200 {object} Thing
        /// @Router /things/{id} [get]
        func getThing() {}
        """

    public static let malformedAnnotation = Rule(
        id: "malformed-annotation",
        summary: "An annotation does not follow swag's grammar.",
        rationale: "A misspelled or half-written annotation would silently document the wrong API; generation stops and nothing is written.",
        triggeringExamples: ["/// @Summary Broken\n/// @Router /things get\nfunc broken() {}\n"],
        nonTriggeringExamples: [wellFormedRoute])

    public static let incompleteRoute = Rule(
        id: "incomplete-route",
        summary: "Route annotations have no @Router, or neither an @ID nor a function to name the operation after.",
        rationale: "Without a method and path, or an operation name, the route cannot appear in the document or the SDK.",
        triggeringExamples: ["/// @Summary Orphan\n/// @Success 200 {object} Thing\nfunc orphan() {}\nstruct Thing { var id: Int }\n"],
        nonTriggeringExamples: [wellFormedRoute])

    public static let unknownType = Rule(
        id: "unknown-type",
        summary: "An annotation or a property names a type the inputs do not declare.",
        rationale: "A schema for an unknown type would be a dangling reference in the OpenAPI document and the SDKs.",
        triggeringExamples: ["/// @Summary Get\n/// @Success 200 {object} Missing\n/// @Router /x [get]\nfunc get() {}\n"],
        nonTriggeringExamples: [wellFormedRoute])

    public static let unsupportedType = Rule(
        id: "unsupported-type",
        summary: "A type cannot be expressed in JSON (non-String dictionary keys, an enum without a raw type, …).",
        rationale: "The generated schema and SDK types must decode what the server really encodes.",
        triggeringExamples: [
            "struct Bag: Codable { var counts: [Int: Int] }\n/// @Summary Get\n/// @Success 200 {object} Bag\n/// @Router /bag [get]\nfunc get() {}\n"
        ],
        nonTriggeringExamples: [wellFormedRoute])

    public static let duplicateOperation = Rule(
        id: "duplicate-operation",
        summary: "Two routes share an operation ID, or a method and path.",
        rationale: "Operation IDs name SDK methods and routes must be unique; the note points at the first declaration.",
        triggeringExamples: [
            "/// @Summary A\n/// @ID same\n/// @Router /a [get]\nfunc a() {}\n/// @Summary B\n/// @ID same\n/// @Router /b [get]\nfunc b() {}\n"
        ],
        nonTriggeringExamples: [wellFormedRoute])

    public static let pathParameter = Rule(
        id: "path-parameter",
        summary: "A `{name}` in a route has no `@Param name path …`, or a path `@Param` is not in the route.",
        rationale: "Clients build the URL from the documented path parameters; a missing one makes the route uncallable from the SDK.",
        triggeringExamples: ["/// @Summary Get\n/// @Router /things/{id} [get]\nfunc get() {}\n"],
        nonTriggeringExamples: [wellFormedRoute])

    public static let duplicateParameter = Rule(
        id: "duplicate-parameter",
        summary: "Two `@Param` lines of one operation declare the same name in the same location.",
        rationale: "The OpenAPI document would fail validation and the Swift client would declare one argument twice. swag writes both; set to `warning`, apigen keeps the first and leaves the second out.",
        triggeringExamples: [wellFormedRoute.replacingOccurrences(of: "/// @Param id path int true \"Thing ID\"", with: "/// @Param id path int true \"Thing ID\"\n/// @Param id path string true \"Thing name\"")],
        nonTriggeringExamples: [wellFormedRoute])

    /// A route secured by a scheme of the general information.
    static let securedRoute = """
        /// @securityDefinitions.apikey ApiKeyAuth
        /// @in header
        /// @name X-API-Key
        enum API {}

        /// @Summary Ping
        /// @Security ApiKeyAuth
        /// @Router /ping [get]
        func ping() {}
        """

    public static let unknownSecurityScheme = Rule(
        id: "unknown-security-scheme",
        summary: "An `@Security` line names a scheme no `@securityDefinitions` annotation declares.",
        rationale: "Clients cannot authenticate against a scheme the document does not describe. swag writes such a requirement anyway; a project migrating from swag can set this rule to `warning`, and the outputs keep the requirement as written.",
        triggeringExamples: [securedRoute.replacingOccurrences(of: "@Security ApiKeyAuth", with: "@Security TokenAuth")],
        nonTriggeringExamples: [securedRoute])

    public static let openAPIDocument = Rule(
        id: "openapi-document",
        summary: "The OpenAPI document could not be built from the routes.",
        rationale: "An internal consistency check of the document builder; report it with the input that caused it.")

    /// A small Vapor app: one documented route, one undocumented.
    static let vaporRoutes = """
        struct Todo: Codable { var id: Int }

        func routes(_ app: Application) throws {
            let todos = app.grouped("todos")
            /// @Summary List todos
            /// @ID list-todos
            /// @Success 200 {array} Todo
            /// @Router /todos [get]
            todos.get { req in [Todo]() }
        }
        """

    public static let undocumentedRoute = Rule(
        id: "undocumented-route",
        summary: "A registered route has no @Router annotation, or its path parameters are named differently there (`--verify-routes`).",
        rationale: "A route missing from the OpenAPI document and the SDKs is one clients cannot find; a renamed parameter documents a request nobody can make.",
        triggeringExamples: [vaporRoutes.replacingOccurrences(of: "todos.get { req in [Todo]() }", with: "todos.get { req in [Todo]() }\n    todos.delete(\":id\") { req in HTTPStatus.ok }")],
        nonTriggeringExamples: [vaporRoutes])

    public static let unregisteredRoute = Rule(
        id: "unregistered-route",
        summary: "A @Router annotation matches no route the code registers (`--verify-routes`).",
        rationale: "Documenting an endpoint the server does not serve sends clients to a 404.",
        triggeringExamples: [vaporRoutes.replacingOccurrences(of: "/todos [get]", with: "/todos [post]")],
        nonTriggeringExamples: [vaporRoutes])

    public static let unresolvedRoute = Rule(
        id: "unresolved-route",
        summary: "A route registration whose path is built at run time or whose builder's prefix apigen cannot work out, or a call or route collection that would register routes apigen cannot bind to one function (the candidates in notes), which `--verify-routes` cannot check.",
        rationale: "Never skipped silently and never guessed: the annotations of such routes are not verified, so a reader should know, and a path reported under a guessed prefix would be wrong.",
        defaultSeverity: .warning,
        triggeringExamples: [vaporRoutes.replacingOccurrences(of: "todos.get { req in [Todo]() }", with: "todos.get { req in [Todo]() }\n    todos.get(\"\\(version)\") { req in \"v\" }")],
        nonTriggeringExamples: [vaporRoutes])

    public static let renamedInClient = Rule(
        id: "renamed-in-client",
        summary: "A type of the API takes a name the generated Swift client needs, so the client calls one of them differently.",
        rationale: """
            The Swift client lives in the app's module beside the API's types. Its helpers are nested in \
            its class and standard types are qualified where a type of the API shadows them, but the class \
            itself, the `CodingKeys` Codable needs and the modules it qualifies with cannot move: when the \
            API names a type like one of them, the client renames it (the other outputs keep every name) \
            and says so rather than write code that does not compile.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [wellFormedRoute.replacingOccurrences(of: "Thing", with: "APIClient")],
        nonTriggeringExamples: [wellFormedRoute])

    public static let staleOutput = Rule(
        id: "stale-output",
        summary: "A generated file is missing, differs from what apigen would write, or is no longer generated (`--check`).",
        rationale: "Committed docs and SDKs that lag behind the annotations mislead their readers; CI runs `--check` so nobody forgets `make gen`.",
        triggeringExamples: [wellFormedRoute])
}

extension ToolDescription {
    public static let apigen = ToolDescription(
        name: "apigen",
        rules: [
            .malformedAnnotation, .incompleteRoute, .unknownType, .unsupportedType, .duplicateOperation, .pathParameter,
            .duplicateParameter, .unknownSecurityScheme, .openAPIDocument, .renamedInClient, .staleOutput, .undocumentedRoute, .unregisteredRoute,
            .unresolvedRoute,
        ])
}

// A Hummingbird 2 app checked with --verify-routes. Expectations are inline. Paths are
// slash-separated strings with `:name` or `{name}` parameters.

/// @title Todo API
/// @version 1.0.0
enum TodoAPI {}

struct Post {
    var title: String
}

struct Todo: Codable {
    var id: Int
    var title: String
}

// Where the app starts: the routes are read from here.
func buildApplication() async throws -> some ApplicationProtocol {
    let router = buildRouter()
    let status = buildStatusRouter()
    return Application(router: router, status: status)
}

func buildRouter() -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)

    /// @Summary Liveness probe
    /// @Success 200 {string} string "ok"
    /// @Router /health [get]
    router.get("health") { _, _ in "ok" }

    // A model named like a result-builder verb registers nothing outside the router.
    let welcome = Post(title: "Welcome")
    router.get("welcome") { _, _ in welcome.title } // want:12 "GET /welcome has no @Router annotation"

    let api = router.group("api")
    // A controller bound through a parameter.
    TodoController().addRoutes(to: api.group("todos"))

    // Verbs chained on a nested group return the group.
    api.group("admin")
        .get("stats") { _, _ in "" } // want:10 "GET /api/admin/stats has no @Router annotation"
        .delete("cache") { _, _ in "" } // want:10 "DELETE /api/admin/cache has no @Router annotation; the path is documented as POST"

    // Middleware added on the way leaves the path as it is; a collection a computed property
    // builds is added where it is placed.
    router.group("users")
        .add(middleware: UserAuthenticator())
        .addRoutes(ProfileController().endpoints)

    // A RouteCollection added at a path.
    router.addRoutes(UserController().routes(), atPath: "/api/users")

    router.get("files/\(bucket)/:name") { _, _ in "" } // want:12 "a GET route whose path apigen cannot work out"
    return router
}

/// The result-builder router.
func buildStatusRouter() -> some HTTPResponder {
    RouterBuilder(context: AppRequestContext.self) {
        RouteGroup("status") {
            Get("ping") { _, _ in "pong" }
            Get("version") { _, _ in "2" } // want:13 "GET /status/version has no @Router annotation"
            UptimeController()
        }
    }
}

/// @Summary Ping
/// @Success 200 {string} string "pong"
/// @Router /status/ping [get]
func ping() {}

/// @Summary Clear the cache
/// @Success 204
/// @Router /api/admin/cache [post] // want:5 "@Router POST /api/admin/cache matches no registered route"
func clearCache() {}

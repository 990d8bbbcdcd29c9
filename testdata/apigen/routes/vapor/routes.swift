// A Vapor 4 app checked with --verify-routes. Expectations are inline; the @BasePath prefixes
// every @Router path.

/// @title Todo API
/// @version 1.0.0
/// @BasePath /api
enum TodoAPI {}

struct Todo: Codable {
    var id: Int
    var title: String
}

struct User: Codable {
    static let uri: PathComponent = "users"
    var id: Int
}

func routes(_ app: Application) throws {
    let api = app.grouped("api")

    /// @Summary Liveness probe
    /// @Success 200 {string} string "ok"
    /// @Router /health [get]
    api.get("health") { req in "ok" }

    try api.register(collection: TodoController())

    api.group("admin") { admin in
        admin.get("stats", use: stats) // want:15 "GET /api/admin/stats has no @Router annotation"
        admin.delete("cache") { _ in HTTPStatus.ok } // want:15 "DELETE /api/admin/cache has no @Router annotation; the path is documented as POST \(admin.swift:\d+\)"
    }

    // Middleware leaves the path unchanged; `User.uri` is a path constant of the module.
    let protected = api.grouped(UserAuthenticator(), User.guardMiddleware())
    protected.get(User.uri, ":userID", use: getUser)
    protected.on(.PATCH, User.uri, ":id", use: renameUser) // want:15 "PATCH /api/users/:id: path parameter ':id' is '\{userID\}' in its @Router annotation"

    registerReports(on: api.grouped("reports"))
    versioned(api).get("ping", use: pingV2)

    api.get("v\(version)", "info") { _ in "" } // want:9 "a GET route whose path apigen cannot work out"
}

/// @title Forum API
/// @version 1.0.0
enum ForumAPI {}

struct Post: Codable {
    var id: Int
    var text: String
}

func configure(_ app: Application) async throws {
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
    app.sessions.use(.memory)
    try routes(app)
}

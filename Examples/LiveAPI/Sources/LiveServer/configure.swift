import Vapor

/// The middleware, the JSON coders (RFC 3339 dates with nanoseconds) and the routes.
func configure(_ app: Application) throws {
    let credentials = try Credentials.fromEnvironment()
    app.middleware = Middlewares()
    app.middleware.use(APIErrorMiddleware())
    ContentConfiguration.global.use(encoder: WireFormats.encoder(), for: .json)
    ContentConfiguration.global.use(decoder: WireFormats.decoder(), for: .json)
    try routes(app, credentials: credentials)
}

func routes(_ app: Application, credentials: Credentials) throws {
    let store = ItemStore()
    app.get("health", use: health)
    app.get("echo", use: echo)
    try app.register(collection: ItemController(store: store, credentials: credentials))
    try app.register(collection: AdminController(store: store, credentials: credentials))
}

/// @Summary Health
/// @Description Answers when the server is up; check.sh waits for it.
/// @ID health
/// @Tags Echo
/// @Produce json
/// @Success 200 {object} Health
/// @Router /health [get]
@Sendable func health(req: Request) async throws -> Health {
    Health(status: "ok")
}

/// The health answer.
struct Health: Content {
    var status: String
}

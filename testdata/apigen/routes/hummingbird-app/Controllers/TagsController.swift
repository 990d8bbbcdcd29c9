import Hummingbird

/// A `RouteCollection` a computed property builds, added at a path.
struct TagsController {
    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get(use: list) // want:16 "GET /api/v1/tags has no @Router annotation"
        routes.get(":tag", use: list) // want:16 "GET /api/v1/tags/:tag has no @Router annotation"
        return routes
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> [Note] { [] }
}

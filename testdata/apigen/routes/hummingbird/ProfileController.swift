struct ProfileController {
    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.group(":id")
            .addMiddleware {
                ProfileVisibilityMiddleware()
            }
            .get("profile") { _, _ in "" } // want:14 "GET /users/:id/profile has no @Router annotation"
        return routes
    }
}

/// A controller placed in the result-builder router: its `body` lands under the group.
struct UptimeController: RouterController {
    var body: some RouterMiddleware<AppRequestContext> {
        Get("uptime") { _, _ in "1d" } // want:9 "GET /status/uptime has no @Router annotation"
    }
}

/// Hummingbird reads an application's routes from its `responder`.
struct MetricsApp: ApplicationProtocol {
    var responder: some HTTPResponder<AppRequestContext> {
        let router = Router(context: AppRequestContext.self)
        router.get("metrics") { _, _ in "" } // want:16 "GET /metrics has no @Router annotation"
        return router.buildResponder()
    }
}

import Vapor

/// Store statistics, behind HTTP basic authentication.
struct AdminController: RouteCollection {
    let store: ItemStore
    let credentials: Credentials

    func boot(routes: any RoutesBuilder) throws {
        routes.grouped(BasicAuthMiddleware(credentials: credentials)).get("admin", "stats", use: stats)
    }

    /// @Summary Store statistics
    /// @ID admin-stats
    /// @Tags Admin
    /// @Produce json
    /// @Success 200 {object} Stats
    /// @Failure 401 {object} APIError "Missing or wrong credentials"
    /// @Security BasicAuth
    /// @Router /admin/stats [get]
    @Sendable func stats(req: Request) async throws -> Stats {
        let items = await store.all()
        let counts = Dictionary(grouping: items, by: \.category.rawValue).mapValues(\.count)
        return Stats(itemCount: items.count, byCategory: counts, startedAt: store.startedAt)
    }
}

import Hummingbird

/// A controller that mounts another controller's routes from its own `addRoutes(to:)`: the
/// inner call is the users controller's, not this one's again.
struct AdminController {
    let users: UsersController

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("stats", use: stats) // want:15 "GET /api/v1/admin/stats has no @Router annotation"
        users.addRoutes(to: group.group("users"))
    }

    @Sendable func stats(_ request: Request, context: AppRequestContext) async throws -> Note { Note(id: 1, text: "") }
}

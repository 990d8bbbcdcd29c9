import Hummingbird

struct UsersController {
    let repository: NoteMemoryRepository

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        // Reached twice: under /api/v1/users and, through the admin controller, /api/v1/admin/users.
        group.get(use: list) // want:15 "GET /api/v1/admin/users has no @Router annotation"
            .get(":id", use: show) // want:14 "GET /api/v1/admin/users/:id has no @Router annotation"
            .post(use: create) // want:14 "POST /api/v1/users has no @Router annotation" "POST /api/v1/admin/users has no @Router annotation"
    }

    /// @Summary List users
    /// @Success 200 {array} Note
    /// @Router /api/v1/users [get]
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> [Note] { [] }

    /// @Summary Get a user
    /// @Param id path int true "User ID"
    /// @Success 200 {object} Note
    /// @Router /api/v1/users/{id} [get]
    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Note { Note(id: 1, text: "") }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Note { Note(id: 1, text: "") }
}

import Hummingbird

struct SessionsController {
    let repository: NoteMemoryRepository

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.post(use: login) // want:15 "POST /api/v1/sessions has no @Router annotation"
        group.delete(":id", use: logout) // want:15 "DELETE /api/v1/sessions/:id has no @Router annotation"
    }

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Note { Note(id: 1, text: "") }
    @Sendable func logout(_ request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status { .ok }
}

import Hummingbird

struct NotesController {
    let repository: NoteMemoryRepository

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group
            .get(use: list) // want:14 "GET /api/v1/notes has no @Router annotation"
            .patch("{id}", use: update) // want:14 "PATCH /api/v1/notes/:id has no @Router annotation"
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> [Note] { [] }
    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Note { Note(id: 1, text: "") }
}

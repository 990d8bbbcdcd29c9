struct TodoController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let todos = routes.grouped("todos")
        todos.get(use: index)
        todos.post(use: create)
        todos.group(":todoID") { todo in
            todo.get(use: show)
            todo.delete(use: delete) // want:18 "DELETE /api/todos/:todoID has no @Router annotation"
        }
    }

    /// @Summary List todos
    /// @Success 200 {array} Todo
    /// @Router /todos [get]
    func index(req: Request) async throws -> [Todo] { [] }

    /// @Summary Create a todo
    /// @Param body body Todo true "The todo"
    /// @Success 201 {object} Todo
    /// @Router /todos [post]
    func create(req: Request) async throws -> Todo { fatalError() }

    /// @Summary Get a todo
    /// @Param todoID path int true "Todo ID"
    /// @Success 200 {object} Todo
    /// @Router /todos/{todoID} [get]
    func show(req: Request) async throws -> Todo { fatalError() }

    /// @Summary Archive a todo
    /// @Param todoID path int true "Todo ID"
    /// @Success 204
    /// @Router /todos/{todoID}/archive [post] // want:9 "@Router POST /api/todos/\{todoID\}/archive matches no registered route"
    func archive(req: Request) async throws -> HTTPStatus { .noContent }

    func delete(req: Request) async throws -> HTTPStatus { .noContent }
}

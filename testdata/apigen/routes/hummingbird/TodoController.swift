struct TodoController {
    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get(use: list)
            .get(":id", use: show)
            .delete("{id}", use: delete) // want:14 "DELETE /api/todos/:id: path parameter ':id' is '\{todoID\}' in its @Router annotation"
            .post(use: create) // want:14 "POST /api/todos has no @Router annotation"
    }

    /// @Summary List todos
    /// @Success 200 {array} Todo
    /// @Router /api/todos [get]
    func list(_ request: Request, context: AppRequestContext) async throws -> [Todo] { [] }

    /// @Summary Get a todo
    /// @Param id path int true "Todo ID"
    /// @Success 200 {object} Todo
    /// @Router /api/todos/{id} [get]
    func show(_ request: Request, context: AppRequestContext) async throws -> Todo { fatalError() }

    /// @Summary Delete a todo
    /// @Param todoID path int true "Todo ID"
    /// @Success 204
    /// @Router /api/todos/{todoID} [delete]
    func delete(_ request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status { .noContent }

    /// @Summary Mark a todo done
    /// @Param id path int true "Todo ID"
    /// @Success 200 {object} Todo
    /// @Router /api/todos/{id}/done [put] // want:9 "@Router PUT /api/todos/\{id\}/done matches no registered route"
    func done(_ request: Request, context: AppRequestContext) async throws -> Todo { fatalError() }

    func create(_ request: Request, context: AppRequestContext) async throws -> Todo { fatalError() }
}

struct UserController {
    func routes() -> RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .get(":id", use: showUser)
            .patch(":id", use: updateUser)
    }

    /// @Summary Get a user
    /// @Param id path int true "User ID"
    /// @Success 200 {object} Todo
    /// @Router /api/users/{id} [get]
    func showUser(_ request: Request, context: AppRequestContext) async throws -> Todo { fatalError() }

    /// @Summary Update a user
    /// @Param id path int true "User ID"
    /// @Success 200 {object} Todo
    /// @Router /api/users/{id} [patch]
    func updateUser(_ request: Request, context: AppRequestContext) async throws -> Todo { fatalError() }
}

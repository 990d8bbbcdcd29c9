struct AdminController: APICollection {
    func registerRoutes(_ app: Application) throws {
        let adminRoutes = app.grouped("api", "v3").featureRoutes(feature: "admin", path: adminPath)
        adminRoutes.get("users", userIDParam, use: user)
        adminRoutes.put("users", userIDParam, use: updateUser) // want:21 "PUT /api/v3/admin/users/:user_id: path parameter ':user_id' is '\{id\}' in its @Router annotation"
        adminRoutes.on(.DELETE, "users", .parameter("user_id"), use: removeUser)
    }

    /// @Summary A user
    /// @Param user_id path string true "User ID"
    /// @Success 200 {string} string "the user"
    /// @Router /api/v3/admin/users/{user_id} [get]
    func user(_ req: Request) async throws -> String { "" }

    /// @Summary Update a user
    /// @Param id path string true "User ID"
    /// @Success 200 {string} string "the user"
    /// @Router /api/v3/admin/users/{id} [put]
    func updateUser(_ req: Request) async throws -> String { "" }

    /// @Summary Remove a user
    /// @Param user_id path string true "User ID"
    /// @Success 204
    /// @Router /api/v3/admin/users/{user_id} [delete]
    func removeUser(_ req: Request) async throws -> HTTPStatus { .noContent }
}

/// An API controller no longer in the app's list: its routes are not served.
struct LegacyController: APICollection {
    func registerRoutes(_ app: Application) throws {
        app.get("api", "v2", "admin", use: legacyAdmin)
    }

    func legacyAdmin(_ req: Request) async throws -> String { "" }
}

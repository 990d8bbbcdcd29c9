/// @Summary Clear the cache
/// @Success 204
/// @Router /admin/cache [post] // want:5 "@Router POST /api/admin/cache matches no registered route"
func clearCache(req: Request) async throws -> HTTPStatus { .noContent }

/// @Summary Get a user
/// @Param userID path int true "User ID"
/// @Success 200 {object} User
/// @Router /users/{userID} [get]
func getUser(req: Request) async throws -> User { fatalError() }

/// @Summary Rename a user
/// @Param userID path int true "User ID"
/// @Success 200 {object} User
/// @Router /users/{userID} [patch]
func renameUser(req: Request) async throws -> User { fatalError() }

/// A controller bound through a parameter: its routes land under `/api/reports`.
func registerReports(on reports: RoutesBuilder) {
    reports.get("monthly", use: monthlyReport)
}

/// @Summary Monthly report
/// @Success 200 {string} string "CSV"
/// @Router /reports/monthly [get]
func monthlyReport(req: Request) async throws -> String { "" }

func stats(req: Request) async throws -> String { "" }

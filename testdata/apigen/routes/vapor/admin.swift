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

/// A helper that returns a builder: routes registered on its result land under `/api/v2`.
func versioned(_ routes: RoutesBuilder) -> RoutesBuilder {
    routes.grouped("v2")
}

/// @Summary Ping, version 2
/// @Success 200 {string} string "pong"
/// @Router /v2/ping [get]
func pingV2(req: Request) async throws -> String { "pong" }

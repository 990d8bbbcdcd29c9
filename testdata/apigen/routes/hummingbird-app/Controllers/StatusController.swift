import Hummingbird

/// A `RouterPath` parameter with a default: `status` where the call leaves it out.
struct StatusController {
    func addRoutes(to router: some RouterMethods<AppRequestContext>, path: RouterPath = "status") {
        router.group(path)
            .get(use: status) // want:14 "GET /status has no @Router annotation" "GET /api/v1/status/detail has no @Router annotation"
            .head(use: status) // want:14 "HEAD /status has no @Router annotation" "HEAD /api/v1/status/detail has no @Router annotation"
    }

    @Sendable func status(_ request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status { .ok }
}

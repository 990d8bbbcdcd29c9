import Vapor

/// An error answer with its documented body.
struct APIFailure: Error {
    var status: HTTPResponseStatus
    var body: APIError
    var headers: HTTPHeaders = [:]

    static func badRequest(_ reason: String) -> APIFailure { APIFailure(status: .badRequest, body: APIError(code: "bad-request", reason: reason)) }
    static func notFound(_ reason: String) -> APIFailure { APIFailure(status: .notFound, body: APIError(code: "not-found", reason: reason)) }
    static func unauthorized(_ reason: String, challenge: String?) -> APIFailure {
        APIFailure(
            status: .unauthorized, body: APIError(code: "unauthorized", reason: reason),
            headers: challenge.map { ["WWW-Authenticate": $0] } ?? [:])
    }
}

/// Every error as an `APIError` body, so each documented error status has the documented shape:
/// Vapor's own errors (a body that does not decode, an unknown route) included. A path that
/// exists under other methods answers 405 with `Allow`, as HTTP asks.
struct APIErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let failure = Self.failure(for: error, request: request)
            let response = Response(status: failure.status, headers: failure.headers)
            try response.content.encode(failure.body, using: WireFormats.encoder())
            return response
        }
    }

    private static func failure(for error: any Error, request: Request) -> APIFailure {
        switch error {
        case let failure as APIFailure:
            return failure
        case is RouteNotFound:
            let allowed = allowedMethods(request)
            if allowed.isEmpty { return .notFound("no route \(request.url.path)") }
            return APIFailure(
                status: .methodNotAllowed, body: APIError(code: "method-not-allowed", reason: "\(request.method) is not allowed here"),
                headers: ["Allow": allowed.joined(separator: ", ")])
        case is DecodingError:
            return .badRequest("the body does not decode: \(error)")
        case let abort as any AbortError:
            let code = abort.status.code < 500 ? "bad-request" : "server-error"
            return APIFailure(status: abort.status, body: APIError(code: code, reason: abort.reason))
        default:
            request.logger.report(error: error)
            return APIFailure(status: .internalServerError, body: APIError(code: "server-error", reason: "internal error"))
        }
    }

    /// The methods registered for the request's path, a `:name` component matching any segment.
    private static func allowedMethods(_ request: Request) -> [String] {
        let segments = request.url.path.split(separator: "/").map(String.init)
        return request.application.routes.all.filter { route in
            route.path.count == segments.count && zip(route.path, segments).allSatisfy { component, segment in
                if case .constant(let text) = component { return text == segment }
                return true
            }
        }.map(\.method.rawValue).sorted()
    }
}

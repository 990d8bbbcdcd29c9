import Vapor

/// The credentials the server accepts, from the environment (credentials.env).
struct Credentials: Sendable {
    var apiKey: String
    var basicUser: String
    var basicPassword: String

    static func fromEnvironment() throws -> Credentials {
        func value(_ name: String) throws -> String {
            guard let value = Environment.get(name), !value.isEmpty else {
                throw Abort(.internalServerError, reason: "\(name) is not set; serve.sh reads it from credentials.env")
            }
            return value
        }
        return Credentials(apiKey: try value("API_KEY"), basicUser: try value("BASIC_USER"), basicPassword: try value("BASIC_PASSWORD"))
    }
}

/// `ApiKeyAuth`: the `X-API-Key` header.
struct APIKeyMiddleware: AsyncMiddleware {
    let credentials: Credentials

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.headers.first(name: "X-API-Key") == credentials.apiKey else {
            throw APIFailure.unauthorized("a valid X-API-Key header is required", challenge: "ApiKey")
        }
        return try await next.respond(to: request)
    }
}

/// `BasicAuth`: HTTP basic authentication.
struct BasicAuthMiddleware: AsyncMiddleware {
    let credentials: Credentials

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let basic = request.headers.basicAuthorization, basic.username == credentials.basicUser,
            basic.password == credentials.basicPassword
        else {
            // No `WWW-Authenticate: Basic` challenge: FoundationNetworking's URLSession (Swift 6.3.1,
            // Linux) never completes a request answered with one when it has no credential to offer.
            throw APIFailure.unauthorized("valid HTTP basic credentials are required", challenge: nil)
        }
        return try await next.respond(to: request)
    }
}

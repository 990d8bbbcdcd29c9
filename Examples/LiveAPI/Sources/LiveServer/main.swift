import Foundation
import Vapor

// The server behind check.sh: `LiveServer serve --hostname 127.0.0.1 --port PORT [--log LEVEL]`,
// with API_KEY, BASIC_USER and BASIC_PASSWORD in the environment (serve.sh reads credentials.env).
var environment = try Environment.detect()
try LoggingSystem.bootstrap(from: &environment)
let app = try await Application.make(environment)
do {
    try configure(app)
    try await app.execute()
    try await app.asyncShutdown()
} catch {
    app.logger.report(error: error)
    try? await app.asyncShutdown()
    exit(1)
}

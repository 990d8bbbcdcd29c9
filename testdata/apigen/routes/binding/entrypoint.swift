// A Vapor 4 app whose controllers name their methods alike (`registerRoutes(on:)`): each call
// is bound through its receiver's type, never to every function of that name. Expectations
// are inline.
import Vapor

@main
enum Entrypoint {
    static func main() async throws {
        let app = try await Application.make(.detect())
        try await configure(app)
        try await app.execute()
    }
}

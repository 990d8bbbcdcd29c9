// A Vapor 4 app laid out as the template lays it out, checked with --verify-routes: reading
// starts at the `@main` type and follows every call from there. Expectations are inline.

@main
enum Entrypoint {
    static func main() async throws {
        let app = try await Application.make(.detect())
        try await configure(app)
        try await app.execute()
    }
}

// A Hummingbird 2 app laid out as the template and real apps lay one out: a `@main` command,
// `buildApplication` building the controllers and passing them down to `buildRouter`, one
// controller per file, each with `addRoutes(to:)`. Expectations are inline.
import ArgumentParser
import Hummingbird

@main
struct App: AsyncParsableCommand, AppArguments {
    @Option(name: .shortAndLong)
    var hostname: String = "127.0.0.1"

    @Option(name: .shortAndLong)
    var port: Int = 8080

    func run() async throws {
        let app = try await buildApplication(self)
        try await app.runService()
    }
}

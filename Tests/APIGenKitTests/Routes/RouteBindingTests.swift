import Testing

@testable import APIGenKit
import ToolSupport

/// What `--verify-routes` says beyond each finding's message: the candidates of a call it cannot
/// bind, the call each of a line's several routes came through, and that several paths from one
/// line that no followed call tells apart are never reported.
@Suite struct RouteBindingTests {
    static let controllers = """
        protocol Registrar {
            func registerRoutes(on routes: RoutesBuilder)
        }

        struct UsersController: Registrar {
            func registerRoutes(on routes: RoutesBuilder) {
                routes.get("me", use: ok)
            }
        }

        struct OrdersController: Registrar {
            func registerRoutes(on routes: RoutesBuilder) {
                routes.get(":id", use: ok)
            }
        }

        func ok(req: Request) async throws -> String { "" }
        """

    @Test func anUnboundCallNamesItsCandidates() throws {
        let routes = """
            func routes(_ app: Application) throws {
                let all: [String: any Registrar] = [:]
                all["users"]?.registerRoutes(on: app.grouped("users"))
            }
            """
        let diagnostics = try APIGenerator.verifyRoutes(files: [("routes.swift", routes), ("Controllers.swift", Self.controllers)]).get()
        #expect(diagnostics.count == 1, "\(diagnostics)")
        let finding = try #require(diagnostics.first)
        #expect(finding.rule == "unresolved-route" && finding.severity == .warning && finding.line == 3 && finding.column == 19)
        #expect(finding.notes.map { "\($0.file):\($0.line): \($0.message)" } == [
            "Controllers.swift:6: candidate: UsersController.registerRoutes(on:)",
            "Controllers.swift:12: candidate: OrdersController.registerRoutes(on:)",
        ])
    }

    /// A call on a library value (`app.mailer`) is not followed into the app's function of the
    /// same name: every route once, nothing unresolved.
    @Test func aLibraryCallNamedLikeAnAppFunctionIsNotFollowed() throws {
        let configure = """
            @main
            enum Entrypoint {
                static func main() async throws {
                    let app = try await Application.make(.detect())
                    app.mailer.configure(.smtp(hostname: "localhost"))
                    try configure(app)
                }
            }

            func configure(_ app: Application) throws {
                app.jobs.routes(app)
                try routes(app)
            }

            func routes(_ app: Application) throws {
                UsersController().registerRoutes(on: app.grouped("users"))
            }
            """
        let diagnostics = try APIGenerator.verifyRoutes(files: [("configure.swift", configure), ("Controllers.swift", Self.controllers)]).get()
        #expect(diagnostics.map(\.message) == ["GET /users/me has no @Router annotation"], "\(diagnostics)")
    }

    @Test func eachOfALinesRoutesNotesTheCallItCameThrough() throws {
        let routes = """
            func routes(_ app: Application) throws {
                UsersController().registerRoutes(on: app.grouped("a"))
                UsersController().registerRoutes(on: app.grouped("b"))
            }
            """
        let diagnostics = try APIGenerator.verifyRoutes(files: [("routes.swift", routes), ("Controllers.swift", Self.controllers)]).get()
        #expect(diagnostics.map(\.message) == ["GET /a/me has no @Router annotation", "GET /b/me has no @Router annotation"])
        #expect(diagnostics.map { $0.notes.map { "\($0.file):\($0.line):\($0.column): \($0.message)" } } == [
            ["routes.swift:2:23: one of the 2 routes this line registers, one per call that reaches it: GET /a/me through UsersController.registerRoutes(on:)"],
            ["routes.swift:3:23: one of the 2 routes this line registers, one per call that reaches it: GET /b/me through UsersController.registerRoutes(on:)"],
        ])
    }

    /// The safety net behind binding: several paths from one line through the same calls would be
    /// a guess, and become one unresolved registration.
    @Test func pathsNoCallTellsApartAreOneUnresolvedRegistration() {
        let at = InputLocation(file: "a.swift", line: 3, column: 9)
        let step = RouteCallStep(location: InputLocation(file: "a.swift", line: 1, column: 1), callee: "mount(on:)")
        let registrations = [
            RouteRegistration(method: .get, path: [.constant("a")], location: at, via: [step]),
            RouteRegistration(method: .get, path: [.constant("b")], location: at, via: [step]),
        ]
        let checked = OneLineOnePath.checked(registrations)
        #expect(checked.count == 1)
        #expect(checked.first?.isResolved == false)
        #expect(checked.first?.unplaced?.contains("would register 2 routes (GET /a, GET /b) that no call apigen followed tells apart") == true)
    }

    /// Frameworks merge as intxcheck's profiles do: every name of each, the first's where they
    /// name one thing differently; a framework that names nothing adds nothing.
    @Test func frameworksMerge() {
        let empty = RouteFramework(name: "empty")
        #expect(empty.verbs.isEmpty && empty.builderTypes.isEmpty && !empty.verbsReturnBuilder)
        let merged = RouteFramework.merged([.vapor, .hummingbird, empty], name: "all")
        #expect(merged.builderTypes == RouteFramework.vapor.builderTypes.union(RouteFramework.hummingbird.builderTypes))
        #expect(merged.method(ofVerb: "head") == .head && merged.method(ofVerb: "webSocket") == .get && merged.method(ofVerb: "ws") == .get)
        #expect(merged.verbsReturnBuilder)
        #expect(merged.collectionRegistrations.count == 1 && merged.collectionAdditions.count == 1)
        #expect(merged.isPathType("RouterPath") && merged.isPathType("[PathComponent]") && merged.isPathType("String") && !merged.isPathType("Int"))
        #expect(merged.isBuilderType("some RouterMethods<Context>") && merged.isBuilderType("Vapor.Application?"))
        #expect(RouteFramework.known.verbs == merged.verbs)
    }
}

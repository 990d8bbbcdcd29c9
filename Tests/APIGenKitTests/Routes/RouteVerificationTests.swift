import Foundation
import Testing

import APIGenKit
import TestSupport
import ToolSupport

/// `--verify-routes` on the fixture apps under `testdata/apigen/routes/`: each directory is one
/// app, and every file states its expected findings inline with `// want:COLUMN "regex"`.
@Suite struct RouteVerificationTests {
    static var apps: [String] {
        let directory = APIGenFixtures.testdata.appendingPathComponent("routes")
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    @Test func appsExist() {
        #expect(Self.apps == ["binding", "conditional-groups", "hummingbird", "hummingbird-app", "vapor", "vapor-app"])
    }

    @Test(arguments: apps)
    func app(_ name: String) throws {
        let directory = APIGenFixtures.testdata.appendingPathComponent("routes/\(name)")
        let paths = try FileDiscovery().swiftFiles(in: [directory.path])
        let fixtures = try paths.map { path in (name: URL(fileURLWithPath: path).lastPathComponent, source: try APIGenFixtures.read(URL(fileURLWithPath: path))) }
        let result = APIGenerator.verifyRoutes(files: fixtures.map { ($0.name, WantHarness.removingWants($0.source)) })
        let diagnostics = try result.get()
        #expect(diagnostics.contains { $0.severity == .warning }, "every app has a run-time path")
        for fixture in fixtures {
            let problems = WantHarness.mismatches(
                diagnostics.filter { $0.file == fixture.name }, against: WantHarness.expectations(in: fixture.source), file: fixture.name)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    /// Helpers, builder properties and enum paths that refer to themselves end, their routes
    /// unresolved rather than guessed.
    @Test func selfReferenceEnds() throws {
        let source = """
            extension RoutesBuilder {
                var loop: RoutesBuilder { grouped("x").loop }
                func spin(_ path: PathComponent...) -> RoutesBuilder { spin(path) }
            }

            enum Page {
                case a
                var path: String {
                    switch self {
                    case .a: return "\\(Page.a.path)/x"
                    }
                }
                var pathComponents: [PathComponent] { path.pathComponents }
            }

            func routes(_ app: Application) throws {
                app.loop.get("a") { _ in "" }
                app.spin("b").get("c") { _ in "" }
                app.get(Page.a.pathComponents) { _ in "" }
            }
            """
        let diagnostics = try APIGenerator.verifyRoutes(files: [("Routes.swift", source)]).get()
        #expect(diagnostics.map(\.line) == [17, 18, 19], "\(diagnostics)")
        #expect(diagnostics.allSatisfy { $0.rule == "unresolved-route" }, "\(diagnostics)")
    }

    /// Alone, `--verify-routes` writes nothing and exits 0 when code and annotations agree; a
    /// finding makes it exit 1; `unresolved-route` alone is a warning (exit 0).
    @Test func commandLine() throws {
        let agreeing = """
            struct Todo: Codable { var id: Int }

            func routes(_ app: Application) throws {
                let todos = app.grouped("todos")
                /// @Summary List todos
                /// @Success 200 {array} Todo
                /// @Router /todos [get]
                todos.get { req in [Todo]() }
            }
            """
        let directory = try Fixtures.scratch(["Routes.swift": agreeing], prefix: "verify-routes")
        defer { try? FileManager.default.removeItem(at: directory) }
        let apigen = ToolProcess.product("apigen").path
        let clean = try APIGenFixtures.run([apigen, "--no-config", "--verify-routes", "Routes.swift"], in: directory)
        #expect(clean.status == 0 && clean.output.isEmpty, "\(clean.output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["Routes.swift"], "nothing is written")

        let dynamic = agreeing.replacingOccurrences(of: "todos.get { req in [Todo]() }", with: "todos.get { req in [Todo]() }\n    todos.get(\"\\(v)\") { _ in \"\" }")
        try Data(dynamic.utf8).write(to: directory.appendingPathComponent("Routes.swift"))
        let warned = try APIGenFixtures.run([apigen, "--no-config", "--verify-routes", "Routes.swift"], in: directory)
        #expect(warned.status == 0 && warned.output.contains("warning:") && warned.output.contains("[unresolved-route]"), "\(warned.output)")
        let strict = try APIGenFixtures.run([apigen, "--no-config", "--verify-routes", "--strict", "Routes.swift"], in: directory)
        #expect(strict.status == 1)

        let undocumented = agreeing.replacingOccurrences(of: "todos.get { req in [Todo]() }", with: "todos.get { req in [Todo]() }\n    todos.post { req in Todo(id: 1) }")
        try Data(undocumented.utf8).write(to: directory.appendingPathComponent("Routes.swift"))
        let failed = try APIGenFixtures.run([apigen, "--no-config", "--verify-routes", "Routes.swift"], in: directory)
        #expect(failed.status == 1)
        #expect(failed.output.contains("Routes.swift:9:11: error: POST /todos has no @Router annotation"), "\(failed.output)")
    }
}

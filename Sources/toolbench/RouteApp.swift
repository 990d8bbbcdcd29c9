import Foundation

import APIGenKit
import ToolSupport

/// (g) What `apigen --verify-routes` adds to a generation run on a 750-file Hummingbird 2 app:
/// 150 controllers that all name their method `addRoutes(to:)`, built in `buildApplication` and
/// passed down, four annotated routes each (one under a group with middleware), a model per
/// controller, and the services and helpers an app of that size has. Generation (the OpenAPI
/// document, in memory, no cache) and generation with the route check alternate round by round;
/// the ratio is the median of the rounds' own ratios.
enum RouteApp {
    static let controllers = 150

    struct Measured {
        var rounds: [(generate: Double, verify: Double)] = []
        var findings = 0

        var ratios: [Double] { rounds.map { $0.verify / $0.generate }.sorted() }
    }

    static func measure(under directory: URL, rounds: Int, seconds: (() -> Void) -> Double) throws -> Measured {
        let files = try write(under: directory)
        var measured = Measured()
        let options = APIGenOptions(openAPIPath: directory.appendingPathComponent("openapi.json").path)
        for _ in 0..<rounds {
            let generate = seconds {
                guard case .success(let inputs) = APIGenerator.readInputs(files) else { fatalError("unreadable route app") }
                guard case .success = APIGenerator.run(inputs: inputs, options: options, verifyRoutes: false) else { fatalError("route app does not generate") }
            }
            let verify = seconds {
                guard case .success(let inputs) = APIGenerator.readInputs(files, keepTrees: true) else { fatalError("unreadable route app") }
                guard case .success(let result) = APIGenerator.run(inputs: inputs, options: options, verifyRoutes: true) else { fatalError("route app does not verify") }
                measured.findings = result.findings.count
            }
            measured.rounds.append((generate, verify))
        }
        return measured
    }

    /// Writes the app; its Swift files, 750 of them.
    static func write(under directory: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var sources: [String: String] = ["Application+build.swift": application, "App.swift": entry]
        for index in 0..<controllers {
            sources["Controllers/Controller\(index).swift"] = controller(index)
            sources["Models/Model\(index).swift"] = model(index)
            sources["Services/Service\(index)A.swift"] = service(index, "A")
            sources["Services/Service\(index)B.swift"] = service(index, "B")
        }
        for index in 0..<(750 - sources.count) { sources["Helpers/Helper\(index).swift"] = helper(index) }
        var paths: [String] = []
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(source.utf8).write(to: url)
            paths.append(url.path)
        }
        return paths
    }

    static let entry = """
        import ArgumentParser
        import Hummingbird

        @main
        struct App: AsyncParsableCommand {
            func run() async throws {
                let app = try await buildApplication()
                try await app.runService()
            }
        }

        """

    static var application: String {
        var lines = [
            "import Hummingbird", "", "/// @title Bench API", "/// @version 1.0.0", "enum BenchAPI {}", "",
            "typealias AppRequestContext = BasicRequestContext", "",
            "func buildApplication() async throws -> some ApplicationProtocol {", "    let repository = Repository()",
        ]
        lines += (0..<controllers).map { "    let controller\($0) = Controller\($0)(repository: repository)" }
        lines += ["    let router = Router(context: AppRequestContext.self)", "    let api = router.group(\"api\")"]
        lines += (0..<controllers).map { "    controller\($0).addRoutes(to: api.group(\"r\($0)\"))" }
        lines += ["    return Application(router: router)", "}", "", "struct Repository {}", "struct AdminMiddleware {}", ""]
        return lines.joined(separator: "\n")
    }

    static func controller(_ index: Int) -> String {
        """
        import Hummingbird

        struct Controller\(index) {
            let repository: Repository

            func addRoutes(to group: RouterGroup<AppRequestContext>) {
                group.get(use: list)
                    .get(":id", use: show)
                    .post(use: create)
                group.group("admin").add(middleware: AdminMiddleware())
                    .delete(":id", use: delete)
            }

            /// @Summary List the r\(index) items
            /// @Tags r\(index)
            /// @Success 200 {array} Model\(index)
            /// @Router /api/r\(index) [get]
            @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> [Model\(index)] { [] }

            /// @Summary One r\(index) item
            /// @Tags r\(index)
            /// @Param id path int true "Item ID"
            /// @Success 200 {object} Model\(index)
            /// @Failure 404 {string} string "not found"
            /// @Router /api/r\(index)/{id} [get]
            @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Model\(index) { Model\(index)() }

            /// @Summary Create an r\(index) item
            /// @Tags r\(index)
            /// @Param body body Model\(index) true "The item"
            /// @Success 201 {object} Model\(index)
            /// @Router /api/r\(index) [post]
            @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Model\(index) { Model\(index)() }

            /// @Summary Delete an r\(index) item
            /// @Tags r\(index)
            /// @Param id path int true "Item ID"
            /// @Success 204
            /// @Router /api/r\(index)/admin/{id} [delete]
            @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status { .noContent }
        }

        """
    }

    static func model(_ index: Int) -> String {
        """
        import Foundation

        /// An r\(index) item.
        struct Model\(index): Codable {
            /// Its identifier.
            var id: Int = 0
            var name: String = ""
            var tags: [String] = []
            var createdAt: Date?
            var score: Double?
            var parent: Int?
        }

        """
    }

    static func service(_ index: Int, _ part: String) -> String {
        var lines = ["import Foundation", "", "final class Service\(index)\(part) {", "    private var cache: [Int: String] = [:]", ""]
        for method in 0..<8 {
            lines += [
                "    func compute\(method)(_ values: [Int]) -> Int {",
                "        var total = 0",
                "        for value in values where value % \(method + 2) == 0 { total += value * \(index + 1) }",
                "        if let cached = cache[total] { return cached.count }",
                "        cache[total] = String(total)",
                "        return total",
                "    }",
                "",
            ]
        }
        lines += ["}", ""]
        return lines.joined(separator: "\n")
    }

    static func helper(_ index: Int) -> String {
        """
        import Foundation

        extension String {
            func padded\(index)(to width: Int) -> String {
                count >= width ? self : self + String(repeating: " ", count: width - count)
            }
        }

        func format\(index)(_ value: Double) -> String { String(format: "%.2f", value) }

        """
    }
}

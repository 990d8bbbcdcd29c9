import Foundation
import Testing

import APIGenKit
import TestSupport
import ToolSupport

/// A project coming from swag sets apigen's stricter checks to `warning` in its configuration:
/// generation then goes on, the findings come back as warnings, and the outputs read as the
/// table in docs/swag-compatibility.md says.
@Suite struct SwagMigrationTests {
    static let source = """
        /// @title Migrating
        /// @securityDefinitions.apikey ApiKeyAuth
        /// @in header
        /// @name X-Key
        enum API {}

        /// @Summary Uses an undefined scheme
        /// @Param id path int true "Item ID"
        /// @Param shelf path int true "Not in the route"
        /// @Success 200 {string} string
        /// @Security TokenAuth
        /// @Router /items/{id} [get]
        func getItem() {}

        /// @Summary Declares no path parameter
        /// @Param limit query int false "Page size"
        /// @Param limit query int false "Again"
        /// @Success 204
        /// @Router /shelves/{shelf} [get]
        func getShelf() {}

        /// @Summary First of two
        /// @Success 204
        /// @Router /twice [get]
        func first() {}

        /// @Summary Second of two
        /// @Success 204
        /// @Router /twice [get]
        func second() {}
        """

    static func rules(_ settings: [String: RuleSetting]) -> RuleSettings {
        var rules = RuleSettings()
        rules.overrides = settings
        return rules
    }

    static let migrationRules = rules([
        "unknown-security-scheme": .warning, "path-parameter": .warning, "duplicate-parameter": .warning, "duplicate-operation": .warning,
    ])

    @Test func theChecksAreErrorsByDefault() throws {
        let result = APIGenerator.generate(files: [("API.swift", Self.source)], options: APIGenOptions(openAPIPath: "openapi.json"))
        guard case .failure(let failure) = result else {
            Issue.record("expected errors")
            return
        }
        #expect(Set(failure.diagnostics.map(\.rule)) == ["unknown-security-scheme", "path-parameter", "duplicate-parameter", "duplicate-operation"])
        #expect(failure.diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func asWarningsGenerationGoesOnAndTheOutputsAreMended() throws {
        let options = APIGenOptions(openAPIPath: "openapi.json", swiftPath: "APIClient.swift", rules: Self.migrationRules)
        let (outputs, warnings) = try APIGenerator.generateReporting(files: [("API.swift", Self.source)], options: options).get()
        #expect(warnings.count == 5 && warnings.allSatisfy { $0.severity == .warning }, "\(warnings.map(\.message))")
        let json = try #require(outputs["openapi.json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
        let getItem = try #require(paths["/items/{id}"]?["get"])
        // The requirement stays as the annotation says; the path parameter the route lacks is left out.
        #expect((getItem["security"] as? [[String: [String]]]) == [["TokenAuth": []]])
        #expect((getItem["parameters"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["id"])
        // `{shelf}` without its @Param is a required string; the second `limit` is left out.
        let getShelf = try #require(paths["/shelves/{shelf}"]?["get"])
        let shelfParameters = (getShelf["parameters"] as? [[String: Any]]) ?? []
        #expect(shelfParameters.compactMap { $0["name"] as? String } == ["limit", "shelf"])
        // The later of two routes wins, as in swag's output.
        #expect((paths["/twice"]?["get"]?["operationId"] as? String) == "second")
    }

    @Test func offDropsTheFindingsButNotTheMending() throws {
        let options = APIGenOptions(
            openAPIPath: "openapi.json",
            rules: Self.rules(["unknown-security-scheme": .off, "path-parameter": .off, "duplicate-parameter": .off, "duplicate-operation": .off]))
        let (_, warnings) = try APIGenerator.generateReporting(files: [("API.swift", Self.source)], options: options).get()
        #expect(warnings.isEmpty)
    }

    /// Two controllers' `list` are named with their types whichever file comes first, and the
    /// outputs do not change with the order of the inputs.
    @Test func handlerNamesDoNotDependOnTheOrderOfTheFiles() throws {
        let books = ("Books.swift", "struct BooksController {}\nextension BooksController {\n    /// @Summary Books\n    /// @Router /books [get]\n    func list() {}\n}\n")
        let shelves = ("Shelves.swift", "struct ShelvesController {}\nextension ShelvesController {\n    /// @Summary Shelves\n    /// @Router /shelves [get]\n    func list() {}\n}\n")
        let options = APIGenOptions(openAPIPath: "openapi.json", swiftPath: "APIClient.swift")
        let forward = try APIGenerator.generate(files: [books, shelves], options: options).get()
        let backward = try APIGenerator.generate(files: [shelves, books], options: options).get()
        #expect(forward == backward)
        let client = try #require(forward["APIClient.swift"])
        #expect(client.contains("public func booksControllerList()") && client.contains("public func shelvesControllerList()"))
    }
}

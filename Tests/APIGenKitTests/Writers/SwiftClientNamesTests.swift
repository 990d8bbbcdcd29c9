import Foundation
import Testing

import APIGenKit
import TestSupport
import ToolSupport

/// The `client_name_collisions` golden shows the client that compiles beside the API's own
/// `JSONValue`, `APIClient`, `Date`, `Error`…; this checks what apigen says about it: one
/// `renamed-in-client` warning for each type the client could not keep the name of, at its
/// declaration, and none for what it only nests or qualifies.
@Suite struct SwiftClientNamesTests {
    static func warnings(_ source: String, swift: Bool = true) throws -> [Diagnostic] {
        let options = APIGenOptions(openAPIPath: "openapi.json", swiftPath: swift ? "APIClient.swift" : nil)
        return try APIGenerator.generateReporting(files: [("input.swift", source)], options: options).get().warnings
    }

    @Test func renamesAreReportedAtTheAPIsType() throws {
        let source = try APIGenFixtures.read(APIGenFixtures.testdata.appendingPathComponent("golden/client_name_collisions/input.swift"))
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        func line(of declaration: String) -> Int { (lines.firstIndex { $0 == Substring(declaration) } ?? -1) + 1 }
        let found = try Self.warnings(source)
        #expect(found.map(\.rule) == ["renamed-in-client", "renamed-in-client"])
        #expect(found.map(\.severity) == [.warning, .warning])
        #expect(found.map(\.line).sorted() == [line(of: "struct APIClient {"), line(of: "struct CodingKeys {")].sorted())
        #expect(found.contains { $0.message == "the API declares 'APIClient', the Swift client's own name; the client class is 'NameCollisionsClient' instead" })
        #expect(found.contains { $0.message == "'CodingKeys' is a name the Swift client cannot give this type; it is 'CodingKeysModel' there" })
        // Without a Swift client nothing is renamed, so nothing is said.
        #expect(try Self.warnings(source, swift: false).isEmpty)
    }

    @Test func theClientTakesTheTitleOrAGeneratedName() throws {
        let api = """
            /// @title %@
            enum Info {}

            struct APIClient { var id: Int }

            /// @Success 200 {object} APIClient
            /// @Router /clients [get]
            func listClients() {}
            """
        for (title, client) in [("Orders API", "OrdersAPIClient"), ("API", "GeneratedAPIClient"), ("2024 billing", "BillingClient")] {
            let found = try Self.warnings(api.replacingOccurrences(of: "%@", with: title))
            #expect(found.map(\.message) == ["the API declares 'APIClient', the Swift client's own name; the client class is '\(client)' instead"])
        }
    }
}

import AppleClient
import Foundation
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession

/// A few operations through the client swift-openapi-generator made from apigen's openapi.json
/// (Sources/AppleClient): the document serves a second generator, not only apigen's own.
struct AppleClientCalls {
    let baseURL: URL
    let credentials: RunnerCredentials
    let tally: Tally

    func run() async throws {
        // The server writes RFC 3339 with nanoseconds, which the document's `date-time` allows and
        // the runtime's default transcoder (ISO8601DateFormatter, no fraction) rejects.
        let configuration = Configuration(dateTranscoder: RFC3339DateTranscoder())
        let client = Client(
            serverURL: baseURL, configuration: configuration, transport: URLSessionTransport(),
            middlewares: [APIKeyHeader(key: credentials.apiKey)])

        tally.called("health")
        try tally.expect(try await client.health().ok.body.json.status, "ok", "health")

        tally.called("createItem")
        let new = Components.Schemas.NewItem(category: .tools, name: "from swift-openapi-generator: a+b", price: 2, tags: ["apple"])
        let created = try await client.createItem(body: .json(new)).created.body.json
        try tally.expect(created.name, new.name, "createItem: name")
        try tally.expect(created.category, .tools, "createItem: category")

        tally.called("getItem")
        let fetched = try await client.getItem(path: .init(id: created.id)).ok.body.json
        try tally.expect(fetched.createdAt, created.createdAt, "getItem: createdAt")

        // The default transcoder fails on the fraction: the reason for the one above.
        tally.called("getItem")
        let strict = Client(serverURL: baseURL, transport: URLSessionTransport(), middlewares: [APIKeyHeader(key: credentials.apiKey)])
        try await tally.expectThrows((any Error).self, "getItem with the runtime's default date transcoder") {
            _ = try await strict.getItem(path: .init(id: created.id)).ok.body.json
        } inspect: { _ in }

        tally.called("listItems")
        let page = try await client.listItems(query: .init(q: "a+b", categories: [.tools], tag: ["apple"])).ok.body.json
        try tally.expect(page.items.map(\.id), [created.id], "listItems: the item, found by a query value with +")

        tally.called("echo")
        let echo = try await client.echo(query: .init(text: "1+1=2", mode: .upper, tag: ["x", "y"])).ok.body.json
        try tally.expect(echo.text, "1+1=2", "echo: text")
        try tally.expect(echo.tags, ["x", "y"], "echo: multi array")

        tally.called("deleteItem")
        _ = try await client.deleteItem(path: .init(id: created.id)).noContent
        tally.called("getItem")
        let missing = try await client.getItem(path: .init(id: created.id))
        guard case .notFound(let notFound) = missing else { throw ExpectationFailure(description: "getItem after deleteItem: \(missing)") }
        try tally.expect(try notFound.body.json.code, "not-found", "getItem after deleteItem: the documented APIError")
    }
}

/// `X-API-Key` on every request: the generator leaves security schemes to middleware.
struct APIKeyHeader: ClientMiddleware {
    let key: String

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[HTTPField.Name("X-API-Key")!] = key
        return try await next(request, body, baseURL)
    }
}

/// RFC 3339 with or without a fraction of any length.
struct RFC3339DateTranscoder: DateTranscoder {
    func encode(_ date: Date) throws -> String {
        let formatter = ISO8601DateFormatter()
        if date.timeIntervalSince1970.rounded(.down) != date.timeIntervalSince1970 { formatter.formatOptions.insert(.withFractionalSeconds) }
        return formatter.string(from: date)
    }

    func decode(_ text: String) throws -> Date {
        var whole = Substring(text)
        var fraction = 0.0
        if let dot = text.firstIndex(of: "."), let end = text[dot...].dropFirst().firstIndex(where: { !$0.isNumber }) {
            fraction = Double("0" + text[dot..<end]) ?? 0
            whole = text[..<dot] + text[end...]
        }
        guard let date = ISO8601DateFormatter().date(from: String(whole)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not an RFC 3339 date-time: \(text)"))
        }
        return date.addingTimeInterval(fraction)
    }
}

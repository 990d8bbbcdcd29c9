import APIGenClient
import Foundation

/// Every operation through apigen's Swift client (docs/swift/APIClient.swift), each answer checked
/// against what was sent or stored: enums, UUIDs, dates with and without fractional seconds,
/// optional fields, `+` and friends in query values, 201 and 204, documented error bodies as typed
/// errors, and requests without credentials refused.
struct APIGenRoundTrip {
    static let operationCount = 8
    let baseURL: URL
    let credentials: RunnerCredentials
    let tally: Tally

    func run() async throws {
        let client = APIClient(baseURL: baseURL, apiKey: credentials.apiKey, basicCredentials: (credentials.user, credentials.password))
        let anonymous = APIClient(baseURL: baseURL)

        tally.called("health")
        try tally.expect(try await client.health().status, "ok", "health")

        // Without credentials: refused, with the documented body as a typed error.
        tally.called("listItems")
        try await tally.expectThrows(APIClient.ResponseError<APIError>.self, "listItems without an API key") {
            _ = try await anonymous.listItems()
        } inspect: { error in
            try tally.expect(error.statusCode, 401, "listItems without an API key: status")
            try tally.expect(error.body.code, "unauthorized", "listItems without an API key: body code")
        }
        tally.called("adminStats")
        try await tally.expectThrows(APIClient.ResponseError<APIError>.self, "adminStats without basic credentials") {
            _ = try await client.adminStatsWithoutBasic(baseURL: baseURL, apiKey: credentials.apiKey)
        } inspect: { error in
            try tally.expect(error.statusCode, 401, "adminStats without basic credentials: status")
        }

        // 201: the stored item, its text with characters a URL treats specially.
        let before = Date()
        let due = Date(timeIntervalSince1970: 1_893_456_000)  // 2030-01-01T00:00:00Z, whole seconds
        let first = NewItem(name: "C++ & more = 100%+ café", category: .gardenSupplies, tags: ["a b", "x+y", "c,d"], price: 12.5, dueAt: due)
        tally.called("createItem")
        let created = try await client.createItem(item: first, xRequestID: "req+1 &=")
        try tally.expect(created.name, first.name, "createItem: name")
        try tally.expect(created.category, .gardenSupplies, "createItem: category")
        try tally.expect(created.tags, first.tags, "createItem: tags")
        try tally.expect(created.price, 12.5, "createItem: price")
        try tally.expect(created.note, "req+1 &=", "createItem: note from the X-Request-ID header")
        try tally.expect(created.dueAt, near: due, within: 0, "createItem: dueAt (whole seconds)")
        // The server writes createdAt with nanoseconds, as Go's RFC3339Nano does.
        try tally.expect(abs(created.createdAt.timeIntervalSince(before)) < 60, "createItem: createdAt \(created.createdAt) is now")
        try tally.expect(created.createdAt.timeIntervalSince1970.rounded(.down) != created.createdAt.timeIntervalSince1970,
            "createItem: createdAt keeps its fractional seconds")

        let second = NewItem(name: "Second", category: .books, tags: ["x+y"], price: 3, note: "kept")
        tally.called("createItem")
        let other = try await client.createItem(item: second)
        try tally.expect(other.note, "kept", "createItem: optional note")
        try tally.expect(other.dueAt == nil, "createItem: absent dueAt stays nil")

        tally.called("getItem")
        let fetched = try await client.getItem(id: created.id)
        try tally.expect(fetched.id, created.id, "getItem: id")
        try tally.expect(fetched.createdAt, near: created.createdAt, within: 0, "getItem: createdAt round trip")

        // Query parameters: `+` in q, a csv array of enums, a multi array with a comma in a value, a date.
        tally.called("listItems")
        let page = try await client.listItems(
            q: "C++", categories: [.gardenSupplies, .tools], tag: ["x+y", "c,d"], createdAfter: before.addingTimeInterval(-1), offset: 0, limit: 10)
        try tally.expect(page.total, 1, "listItems: total")
        try tally.expect(page.items.map(\.id), [created.id], "listItems: the matching item")
        try tally.expect(page.limit, 10, "listItems: limit")
        tally.called("listItems")
        let all = try await client.listItems(tag: ["x+y"], limit: 1)
        try tally.expect(all.total, 2, "listItems: total of a two-item filter")
        try tally.expect(all.items.count, 1, "listItems: page size")
        tally.called("listItems")
        let books = try await client.listItems(categories: [.books])
        try tally.expect(books.items.map(\.id), [other.id], "listItems: one category")

        tally.called("replaceItem")
        var changed = first
        changed.note = "replaced"
        changed.dueAt = Date(timeIntervalSince1970: 1_893_456_000.25)
        let replaced = try await client.replaceItem(id: created.id, item: changed)
        try tally.expect(replaced.note, "replaced", "replaceItem: note")
        try tally.expect(replaced.dueAt, near: changed.dueAt, "replaceItem: dueAt with milliseconds")
        try tally.expect(replaced.createdAt, near: created.createdAt, within: 0, "replaceItem: createdAt kept")

        // Echo: what the server read is what was sent.
        let at = Date(timeIntervalSince1970: 1_767_323_045.125)
        let text = "a+b & c=d %20 é/?#"
        tally.called("echo")
        let echo = try await client.echo(text: text, at: at, mode: .upper, tag: ["1+1", "2,3", ""], xRequestID: "r+1")
        try tally.expect(echo.text, text.uppercased(), "echo: text")
        try tally.expect(echo.at, near: at, "echo: date with fractional seconds")
        try tally.expect(echo.mode, "upper", "echo: enum parameter")
        try tally.expect(echo.tags, ["1+1", "2,3", ""], "echo: multi array")
        try tally.expect(echo.requestID, "r+1", "echo: header")
        tally.called("echo")
        let plain = try await client.echo(text: "+", at: Date(timeIntervalSince1970: 1_767_323_045))
        try tally.expect(plain.text, "+", "echo: a lone +")
        try tally.expect(plain.at, near: Date(timeIntervalSince1970: 1_767_323_045), within: 0, "echo: date without fractional seconds")
        try tally.expect(plain.mode, "plain", "echo: default mode")

        tally.called("adminStats")
        let stats = try await client.adminStats()
        try tally.expect(stats.itemCount, 2, "adminStats: itemCount")
        try tally.expect(stats.byCategory, ["garden-supplies": 1, "books": 1], "adminStats: byCategory")
        try tally.expect(stats.startedAt.timeIntervalSince1970.rounded(.down) == stats.startedAt.timeIntervalSince1970, "adminStats: startedAt whole seconds")

        // 204, then the documented 404 as a typed error with its decoded body.
        tally.called("deleteItem")
        try await client.deleteItem(id: created.id)
        tally.called("getItem")
        try await tally.expectThrows(APIClient.ResponseError<APIError>.self, "getItem after deleteItem") {
            _ = try await client.getItem(id: created.id)
        } inspect: { error in
            try tally.expect(error.statusCode, 404, "getItem after deleteItem: status")
            try tally.expect(error.body.code, "not-found", "getItem after deleteItem: body code")
            try tally.expect(error.body.reason.contains(created.id.uuidString) || error.body.reason.lowercased().contains(created.id.uuidString.lowercased()),
                "getItem after deleteItem: reason names the ID")
        }
        tally.called("deleteItem")
        try await tally.expectThrows(APIClient.ResponseError<APIError>.self, "deleteItem twice") {
            try await client.deleteItem(id: created.id)
        } inspect: { error in
            try tally.expect(error.statusCode, 404, "deleteItem twice: status")
        }
        tally.called("deleteItem")
        try await client.deleteItem(id: other.id)
    }
}

extension APIClient {
    /// adminStats with the API key only: HTTP basic is what it needs.
    fileprivate func adminStatsWithoutBasic(baseURL: URL, apiKey: String) async throws -> Stats {
        try await APIClient(baseURL: baseURL, apiKey: apiKey).adminStats()
    }
}

import Foundation
import Vapor

/// What an item is filed under.
enum Category: String, Codable, CaseIterable {
    case tools
    case books
    case gardenSupplies = "garden-supplies"
}

/// An item in the store.
struct Item: Content {
    var id: UUID
    var name: String
    var category: Category
    var tags: [String]
    /// Price in euros.
    var price: Double
    var note: String?
    /// When the item was stored, with nanoseconds, as Go servers write times.
    var createdAt: Date
    /// A day the item is due, whole seconds.
    var dueAt: Date?
}

/// An item as a client sends it.
struct NewItem: Content {
    var name: String
    var category: Category
    var tags: [String]
    var price: Double
    var note: String?
    var dueAt: Date?
}

extension NewItem {
    /// As synthesized, but an optional field is absent or a value, never `null`: the document
    /// apigen writes says `string`, not `string` or `null`, and Codable would take a `null`.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func optional<Value: Decodable>(_ type: Value.Type, _ key: CodingKeys) throws -> Value? {
            container.contains(key) ? try container.decode(type, forKey: key) : nil
        }
        self.init(
            name: try container.decode(String.self, forKey: .name), category: try container.decode(Category.self, forKey: .category),
            tags: try container.decode([String].self, forKey: .tags), price: try container.decode(Double.self, forKey: .price),
            note: try optional(String.self, .note), dueAt: try optional(Date.self, .dueAt))
    }

    private enum CodingKeys: String, CodingKey {
        case name, category, tags, price, note, dueAt
    }
}

/// One page of a listing.
struct Page<Element: Codable & Sendable>: Content {
    var items: [Element]
    var total: Int
    var offset: Int
    var limit: Int
}

/// Every error answer's body.
struct APIError: Content, Error {
    /// A stable, machine-readable code (`not-found`, `bad-request`, `unauthorized`).
    var code: String
    var reason: String
}

/// What the echo operation read from its request.
struct Echo: Content {
    var text: String
    var at: Date?
    var mode: String
    var requestID: String?
    var tags: [String]
}

/// Store statistics.
struct Stats: Content {
    var itemCount: Int
    var byCategory: [String: Int]
    /// When the server started, whole seconds.
    var startedAt: Date
}

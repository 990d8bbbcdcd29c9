import Foundation
import Vapor

/// The item store's operations, behind the API key.
struct ItemController: RouteCollection {
    let store: ItemStore
    let credentials: Credentials

    func boot(routes: any RoutesBuilder) throws {
        let items = routes.grouped(APIKeyMiddleware(credentials: credentials)).grouped("items")
        items.get(use: list)
        items.post(use: create)
        items.get(":id", use: get)
        items.put(":id", use: replace)
        items.delete(":id", use: delete)
    }

    /// @Summary List items
    /// @Description A page of items, filtered. `tag` repeats (`tag=a&tag=b`, collectionFormat multi);
    /// @Description `categories` is one comma-separated value (csv).
    /// @ID list-items
    /// @Tags Items
    /// @Produce json
    /// @Param q query string false "Text the name contains"
    /// @Param categories query []Category false "Any of these categories" collectionFormat(csv)
    /// @Param tag query []string false "Every one of these tags" collectionFormat(multi)
    /// @Param createdAfter query Date false "Only items stored after this time"
    /// @Param offset query int false "Items to skip" minimum(0) maximum(1000000) default(0)
    /// @Param limit query int false "Page size" minimum(1) maximum(100) default(20)
    /// @Success 200 {object} Page[Item] "The page"
    /// @Failure 400 {object} APIError "A parameter does not parse"
    /// @Failure 401 {object} APIError "Missing or wrong API key"
    /// @Security ApiKeyAuth
    /// @Router /items [get]
    @Sendable func list(req: Request) async throws -> Page<Item> {
        let query = QueryPairs(req)
        let categories = try (query.commaSeparated("categories") ?? []).map { name in
            guard let category = Category(rawValue: name) else { throw APIFailure.badRequest("unknown category '\(name)'") }
            return category
        }
        let tags = query.all("tag")
        let text = query.first("q")
        let createdAfter = try query.date("createdAfter")
        let offset = try query.integer("offset", in: 0...1_000_000, default: 0)
        let limit = try query.integer("limit", in: 1...100, default: 20)
        let matching = await store.all().filter { item in
            (categories.isEmpty || categories.contains(item.category)) && tags.allSatisfy(item.tags.contains)
                && (text.map { text in text.isEmpty || item.name.contains(text) } ?? true)
                && (createdAfter.map { item.createdAt > $0 } ?? true)
        }
        return Page(items: Array(matching.dropFirst(offset).prefix(limit)), total: matching.count, offset: offset, limit: limit)
    }

    /// @Summary Create an item
    /// @ID create-item
    /// @Tags Items
    /// @Accept json
    /// @Produce json
    /// @Param item body NewItem true "The item"
    /// @Param X-Request-ID header string false "Stored as the item's note when it has none"
    /// @Success 201 {object} Item "The stored item"
    /// @Header 201 {string} Location "The item's path"
    /// @Failure 400 {object} APIError "The body is missing or does not decode"
    /// @Failure 401 {object} APIError "Missing or wrong API key"
    /// @Failure 415 {object} APIError "The body is not JSON"
    /// @Security ApiKeyAuth
    /// @Router /items [post]
    @Sendable func create(req: Request) async throws -> Response {
        let new = try Self.body(req)
        let item = Item(
            id: UUID(), name: new.name, category: new.category, tags: new.tags, price: new.price,
            note: new.note ?? req.headers.first(name: "X-Request-ID"), createdAt: Date(), dueAt: new.dueAt)
        await store.insert(item)
        let response = try await item.encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/items/\(item.id.uuidString.lowercased())")
        return response
    }

    /// @Summary Get an item
    /// @ID get-item
    /// @Tags Items
    /// @Produce json
    /// @Param id path UUID true "The item's ID"
    /// @Success 200 {object} Item
    /// @Failure 400 {object} APIError "The ID is not a UUID"
    /// @Failure 401 {object} APIError "Missing or wrong API key"
    /// @Failure 404 {object} APIError "No item has this ID"
    /// @Security ApiKeyAuth
    /// @Router /items/{id} [get]
    @Sendable func get(req: Request) async throws -> Item {
        let id = try Self.id(req)
        guard let item = await store.item(id) else { throw APIFailure.notFound("no item \(id)") }
        return item
    }

    /// @Summary Replace an item
    /// @ID replace-item
    /// @Tags Items
    /// @Accept json
    /// @Produce json
    /// @Param id path UUID true "The item's ID"
    /// @Param item body NewItem true "The new content"
    /// @Success 200 {object} Item
    /// @Failure 400 {object} APIError "The ID is not a UUID, or the body is missing or does not decode"
    /// @Failure 401 {object} APIError "Missing or wrong API key"
    /// @Failure 404 {object} APIError "No item has this ID"
    /// @Failure 415 {object} APIError "The body is not JSON"
    /// @Security ApiKeyAuth
    /// @Router /items/{id} [put]
    @Sendable func replace(req: Request) async throws -> Item {
        let id = try Self.id(req)
        let new = try Self.body(req)
        guard let old = await store.item(id) else { throw APIFailure.notFound("no item \(id)") }
        let item = Item(
            id: id, name: new.name, category: new.category, tags: new.tags, price: new.price, note: new.note,
            createdAt: old.createdAt, dueAt: new.dueAt)
        await store.insert(item)
        return item
    }

    /// @Summary Delete an item
    /// @ID delete-item
    /// @Tags Items
    /// @Param id path UUID true "The item's ID"
    /// @Success 204
    /// @Failure 400 {object} APIError "The ID is not a UUID"
    /// @Failure 401 {object} APIError "Missing or wrong API key"
    /// @Failure 404 {object} APIError "No item has this ID"
    /// @Security ApiKeyAuth
    /// @Router /items/{id} [delete]
    @Sendable func delete(req: Request) async throws -> HTTPStatus {
        let id = try Self.id(req)
        guard await store.remove(id) else { throw APIFailure.notFound("no item \(id)") }
        return .noContent
    }

    /// The JSON body: a request without one is a 400 (Vapor's own answer is 415, for want of a
    /// content type), one of another content type a 415.
    private static func body(_ req: Request) throws -> NewItem {
        guard req.body.data != nil || req.headers.contentType != nil else { throw APIFailure.badRequest("a JSON body is required") }
        return try req.content.decode(NewItem.self)
    }

    private static func id(_ req: Request) throws -> UUID {
        guard let text = req.parameters.get("id"), let id = UUID(uuidString: text) else {
            throw APIFailure.badRequest("the item ID must be a UUID")
        }
        return id
    }
}

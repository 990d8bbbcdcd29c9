import Vapor

protocol RouteRegistrar {
    func registerRoutes(on routes: RoutesBuilder)
}

struct Store {}

struct UsersController: RouteRegistrar {
    let store: Store

    func registerRoutes(on routes: RoutesBuilder) {
        /// @Summary List users
        /// @Success 200 {array} Item
        /// @Router /api/users [get]
        routes.get(use: list) // want:16 "GET /api/v2/users has no @Router annotation" "GET /api/known has no @Router annotation"
        routes.post(use: list) // want:16 "POST /api/users has no @Router annotation" "POST /api/v2/users has no @Router annotation" "POST /api/known has no @Router annotation"
    }

    func list(req: Request) async throws -> [Item] { [] }
}

struct OrdersController: RouteRegistrar {
    let store: Store

    func registerRoutes(on routes: RoutesBuilder) {
        routes.get(":id", use: show) // want:16 "GET /api/orders/:id has no @Router annotation"
    }

    func show(req: Request) async throws -> Item { Item(id: 1) }
}

struct CartController: RouteRegistrar {
    let store: Store

    func registerRoutes(on routes: RoutesBuilder) {
        routes.delete(use: clear) // want:16 "DELETE /api/cart has no @Router annotation"
    }

    func clear(req: Request) async throws -> HTTPStatus { .ok }
}

enum ReportsController {
    static func registerRoutes(on routes: RoutesBuilder) {
        routes.get("daily", use: daily) // want:16 "GET /api/reports/daily has no @Router annotation"
    }

    static func daily(req: Request) async throws -> String { "" }
}

struct Shop {
    let catalog: CatalogController
}

struct CatalogController {
    func registerRoutes(on routes: RoutesBuilder) {
        routes.get(":sku", use: item) // want:16 "GET /api/catalog/:sku has no @Router annotation"
    }

    func item(req: Request) async throws -> Item { Item(id: 1) }
}

/// Controllers that share a default from their protocol, each under its own prefix.
protocol Mountable {
    static var prefix: PathComponent { get }
}

extension Mountable {
    func mount(on routes: RoutesBuilder) {
        routes.grouped(Self.prefix).get(use: ok) // want:37 "GET /api/ping has no @Router annotation" "GET /api/pong has no @Router annotation"
    }
}

struct PingController: Mountable {
    static let prefix: PathComponent = "ping"
}

struct PongController: Mountable {
    static let prefix: PathComponent = "pong"
}

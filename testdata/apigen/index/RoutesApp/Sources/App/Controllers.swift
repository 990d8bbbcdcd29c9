import Vapor

struct UsersController {
    func registerRoutes(on routes: any RoutesBuilder) {
        routes.get("me", use: me)
    }

    func me(_ request: Request) throws -> String { "" }
}

struct OrdersController {
    func registerRoutes(on routes: any RoutesBuilder) {
        routes.get(":id", use: show)
    }

    func show(_ request: Request) throws -> String { "" }
}

import Vapor

func routes(_ app: Application) throws {
    let api = app.grouped("api")
    // An initializer's local, a local with a declared type, an initializer called in place, a
    // type's static method, a stored property, a parameter: each binds to its own type's method.
    let users = UsersController(store: Store())
    users.registerRoutes(on: api.grouped("users"))
    let orders: OrdersController = .init(store: Store())
    orders.registerRoutes(on: api.grouped("orders"))
    CartController(store: Store()).registerRoutes(on: api.grouped("cart"))
    ReportsController.registerRoutes(on: api.grouped("reports"))
    let shop = Shop(catalog: CatalogController())
    shop.catalog.registerRoutes(on: api.grouped("catalog"))
    mount(users, on: api.grouped("v2", "users"))

    // A helper reached from two calls registers one route per call, each noted.
    addHealth(to: app.grouped("internal"))
    addHealth(to: api)

    // Closures naming their builder as the outer one: each parameter ends with its closure.
    let account = app.grouped("account")
    account.group("a") { account in
        account.get("x", use: ok) // want:17 "GET /account/a/x has no @Router annotation"
    }
    account.group("b") { account in
        account.get("y", use: ok) // want:17 "GET /account/b/y has no @Router annotation"
    }

    // A loop over controllers of two types: the protocol's default reached once per element.
    for controller in [PingController(), PongController()] {
        controller.mount(on: api)
    }

    // Which controller a dictionary holds is not in the syntax: unresolved, with the candidates.
    let byName: [String: any RouteRegistrar] = ["users": users, "orders": orders]
    byName["users"]?.registerRoutes(on: api.grouped("by-name")) // want:22 "a call of registerRoutes\(…\) that is made on a value of unknown type could be any of 4 functions"
    // A parameter of protocol type takes the type of what is passed; here nothing says which.
    mountAny(users, on: api.grouped("known"))
    mountAny(byName["orders"]!, on: api.grouped("any"))
}

/// A parameter of a concrete type.
func mount(_ controller: UsersController, on routes: RoutesBuilder) {
    controller.registerRoutes(on: routes)
}

/// A parameter of protocol type, several types conforming.
func mountAny(_ registrar: any RouteRegistrar, on routes: RoutesBuilder) {
    registrar.registerRoutes(on: routes) // want:15 "a call of registerRoutes\(…\) that is made on a value of protocol type RouteRegistrar could be any of 3 functions"
}

func addHealth(to routes: RoutesBuilder) {
    routes.get("health", use: ok) // want:12 "GET /internal/health has no @Router annotation" "GET /api/health has no @Router annotation"
}

@Sendable func ok(req: Request) async throws -> String { "ok" }

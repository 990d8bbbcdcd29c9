import Vapor

func configure(_ app: Application) throws {
    // The library's `configure`: the compiler binds it there, the syntax to nothing.
    app.mailer.configure(.smtp("localhost"))
    routes(app)
}

func routes(_ app: any RoutesBuilder) {
    let api = app.grouped("api")
    // Which controller a dictionary holds: the compiler knows, the syntax does not.
    let controllers: [String: UsersController] = ["users": UsersController()]
    controllers["users"]!.registerRoutes(on: api.grouped("users"))
    // Overloads told apart by their argument's type.
    mount(OrdersController(), on: api.grouped("orders"))
}

func mount(_ controller: UsersController, on routes: any RoutesBuilder) {
    controller.registerRoutes(on: routes)
}

func mount(_ controller: OrdersController, on routes: any RoutesBuilder) {
    controller.registerRoutes(on: routes)
}

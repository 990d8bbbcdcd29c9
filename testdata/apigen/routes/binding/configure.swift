import Vapor

/// @title Shop API
/// @version 1.0.0
enum ShopAPI {}

struct Item: Codable {
    var id: Int
}

public func configure(_ app: Application) async throws {
    // The mail library's `configure`, named like this function: a call on a library value is
    // never followed into the app's function of the same name.
    app.mailer.configure(.smtp(hostname: "localhost"))
    try routes(app)
}

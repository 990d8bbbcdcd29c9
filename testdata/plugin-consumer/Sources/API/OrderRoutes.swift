/// @title Orders API
/// @version 1.0.0
/// @BasePath /api
enum OrdersAPI {}

struct Order: Codable {
    let id: String
    let total: Int
}

struct OrderController {
    /// @Summary Get an order
    /// @Tags Orders
    /// @Param orderID path string true "Order ID"
    /// @Success 200 {object} Order
    /// @Router /orders/{orderID} [get]
    func getOrder(req: Request) async throws -> Order { fatalError() }
}

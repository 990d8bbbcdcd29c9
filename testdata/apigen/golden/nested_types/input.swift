/// @title Nested
/// @version 1.0
enum Info {}

struct Order {
    struct Line {
        var sku: String
        var quantity: Int
    }
    enum State: String {
        case open, shipped
    }
    var lines: [Line]
    var state: State
    var parent: Order.State?
}

/// @Summary Get an order
/// @Tags orders
/// @Success 200 {object} Order
/// @Router /orders/{id} [get]
/// @Param id path string true "Order ID"
func getOrder() {}

/// @Summary Order states
/// @Tags orders
/// @Success 200 {array} Order.State
/// @Router /order-states [get]
func orderStates() {}

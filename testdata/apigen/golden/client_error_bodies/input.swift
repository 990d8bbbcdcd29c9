/// @title Error bodies
/// @version 1.0
/// @description A documented error status arrives as `APIClient.ResponseError<Body>` with its body decoded;
/// @description any other non-2xx status as `APIClient.UnexpectedResponse` with the raw bytes.
enum Info {}

struct Order {
    var id: Int
}

struct APIError {
    var code: String
    var message: String
}

struct ValidationProblem {
    var field: String
    var problem: String
}

/// @Summary Get an order
/// @ID get-order
/// @Tags orders
/// @Param id path int true "Order ID"
/// @Success 200 {object} Order
/// @Failure 404 {object} APIError "No such order"
/// @Failure 400 {object} APIError "Not an ID"
/// @Failure 503 "Down for maintenance, no body"
/// @Router /orders/{id} [get]
func getOrder() {}

/// @Summary Create an order
/// @ID create-order
/// @Tags orders
/// @Param order body Order true "The order"
/// @Success 201 {object} Order
/// @Failure 422 {array} ValidationProblem "What is wrong with the order"
/// @Failure 409 {object} APIError "A duplicate"
/// @Failure default {object} APIError "Anything else"
/// @Router /orders [post]
func createOrder() {}

/// @Summary Cancel an order
/// @ID cancel-order
/// @Tags orders
/// @Param id path int true "Order ID"
/// @Success 204
/// @Router /orders/{id} [delete]
func cancelOrder() {}

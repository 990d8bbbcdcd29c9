/// @Summary Bad method
/// @Router /items [fetch] // want:5 "^malformed @Router annotation: unknown HTTP method 'fetch'$"
func fetch() {}

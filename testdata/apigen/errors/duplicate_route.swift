/// @Summary First
/// @Router /same [get]
func first() {}

/// @Summary Second
/// @Router /same [get] // want:5 "^duplicate route 'GET /same' \(first at duplicate_route\.swift:2\)$"
func second() {}

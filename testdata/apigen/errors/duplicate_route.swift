/// @Summary First
/// @Router /same [get]
func first() {}

/// @Summary Second
/// @Router /same [get]
func second() {}

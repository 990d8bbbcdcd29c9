/// @Summary First
/// @ID sameID
/// @Router /a [get]
func a() {}

/// @Summary Second
/// @ID sameID
/// @Router /b [get]
func b() {}

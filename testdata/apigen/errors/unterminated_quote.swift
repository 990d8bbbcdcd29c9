/// @Summary Quote
/// @Param q query string false "never closed
/// @Router /q [get]
func quote() {}

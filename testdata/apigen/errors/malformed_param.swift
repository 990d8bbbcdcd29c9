/// @Summary Bad param
/// @Param id path string
/// @Router /items/{id} [get]
func badParam() {}

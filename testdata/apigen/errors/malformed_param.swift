/// @Summary Bad param
/// @Param id path string // want:5 "^malformed @Param annotation: expected '@Param name in type required \"comment\"'$"
/// @Router /items/{id} [get]
func badParam() {}

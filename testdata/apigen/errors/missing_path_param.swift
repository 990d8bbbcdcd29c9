/// @Summary Missing path parameter
/// @Param id path string true "ID"
/// @Router /items/{id}/parts/{partID} [get]
func part() {}

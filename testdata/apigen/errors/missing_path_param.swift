/// @Summary Missing path parameter
/// @Param id path string true "ID"
/// @Router /items/{id}/parts/{partID} [get] // want:5 "^path parameter '\{partID\}' of 'GET /items/\{id\}/parts/\{partID\}' has no @Param partID path …$"
func part() {}

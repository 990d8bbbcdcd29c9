/// @Summary Bad location
/// @Param id cookie string true "ID"
/// @Router /items [get]
func badLocation() {}

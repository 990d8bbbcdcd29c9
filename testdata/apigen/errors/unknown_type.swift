/// @Summary Unknown type
/// @Success 200 {object} Missing "Nope"
/// @Router /items [get]
func unknownType() {}

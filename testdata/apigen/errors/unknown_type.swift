/// @Summary Unknown type
/// @Success 200 {object} Missing "Nope" // want:5 "^unknown type 'Missing'$"
/// @Router /items [get]
func unknownType() {}

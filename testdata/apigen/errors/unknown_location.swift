/// @Summary Bad location
/// @Param id cookie string true "ID" // want:5 "^malformed @Param annotation: parameter location must be one of path, query, header, body, formData, not 'cookie'$"
/// @Router /items [get]
func badLocation() {}

/// @Summary Forgot the router // want:5 "^route annotations without @Router$"
/// @Success 200 {object} string
func forgotten() {}

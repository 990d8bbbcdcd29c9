/// @Summary Forgot the router
/// @Success 200 {object} string
func forgotten() {}

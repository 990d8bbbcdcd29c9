/// @Summary Status
/// @Success ok {object} string
/// @Router /status [get]
func status() {}

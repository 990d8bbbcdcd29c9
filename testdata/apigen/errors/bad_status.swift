/// @Summary Status
/// @Success ok {object} string // want:5 "^malformed @Success annotation: expected a status code \(100-599 or default\) first$"
/// @Router /status [get]
func status() {}

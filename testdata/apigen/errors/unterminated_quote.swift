/// @Summary Quote
/// @Param q query string false "never closed // want:5 "^malformed @Param annotation: unterminated quoted string$"
/// @Router /q [get]
func quote() {}

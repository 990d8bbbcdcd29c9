/// @title Responses
/// @version 2.0
/// @description Responses, headers, security and deprecation.
/// @BasePath /v2
/// @securityDefinitions.apikey TokenAuth
/// @in query
/// @name token
enum Info {}

struct Problem {
    var title: String
}

/// @Summary Rate-limited call
/// @Tags limits
/// @Produce json
/// @Success 200 {object} Problem "OK"
/// @Header 200 {integer} X-RateLimit-Remaining "Calls left"
/// @Failure 429 {object} Problem "Too many requests"
/// @Failure default {object} Problem "Anything else"
/// @Security TokenAuth
/// @Router /limited [get]
func limited() {}

/// @Summary Old endpoint
/// @Tags limits
/// @Deprecated
/// @Success 204 "Nothing"
/// @Router /old [delete]
func old() {}

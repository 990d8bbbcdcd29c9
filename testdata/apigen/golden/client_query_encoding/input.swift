/// @title Query encoding
/// @version 1.0
/// @description Query names and values are percent-encoded by the client, all but unreserved
/// @description characters, so `+`, `&`, `=` and non-ASCII text reach the server as sent.
enum Info {}

/// @Summary Search
/// @ID search
/// @Tags search
/// @Param q query string true "Free text: `C++`, `a&b=c`"
/// @Param filter[name] query string false "A name with brackets"
/// @Param words query []string false "Comma-separated words" collectionFormat(csv)
/// @Param terms query []string false "Repeated terms" collectionFormat(multi)
/// @Param pipes query []string false "Pipe-separated" collectionFormat(pipes)
/// @Param limit query int false "A number"
/// @Param exact query bool false "A boolean"
/// @Success 200 {array} string
/// @Router /search [get]
func search() {}

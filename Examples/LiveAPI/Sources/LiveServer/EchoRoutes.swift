import Vapor

/// @Summary Echo the parameters
/// @Description What the server read from the query and headers, so a client can see that what it
/// @Description sent (`+`, `&`, `=`, `%`, non-ASCII, dates with fractions) arrives unchanged.
/// @ID echo
/// @Tags Echo
/// @Produce json
/// @Param text query string true "Any text"
/// @Param at query Date false "A date-time, with or without fractional seconds"
/// @Param mode query string false "How to answer" enums(plain, upper) default(plain)
/// @Param tag query []string false "Repeated tags" collectionFormat(multi)
/// @Param X-Request-ID header string false "Echoed as requestID"
/// @Success 200 {object} Echo
/// @Failure 400 {object} APIError "A parameter does not parse"
/// @Router /echo [get]
@Sendable func echo(req: Request) async throws -> Echo {
    let query = QueryPairs(req)
    let mode = query.first("mode") ?? "plain"
    guard ["plain", "upper"].contains(mode) else { throw APIFailure.badRequest("mode must be plain or upper") }
    let text = try query.required("text")
    return Echo(
        text: mode == "upper" ? text.uppercased() : text, at: try query.date("at"), mode: mode,
        requestID: req.headers.first(name: "X-Request-ID"), tags: query.all("tag"))
}

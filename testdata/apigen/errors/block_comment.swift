/**
 * @Summary Block comments work like line comments
 *   @Router /items [fetch] // want:6 "^malformed @Router annotation: unknown HTTP method 'fetch'$"
 */
func blockComment() {}

/**
 * @Summary Block comments work like line comments
 *   @Router /items [fetch]
 */
func blockComment() {}

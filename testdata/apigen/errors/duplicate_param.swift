/// @Summary Two lines declare one query parameter
/// @Param limit query int false "Page size"
/// @Param limit query int false "Maximum" // want:5 "^duplicate query parameter 'limit': declared at line 2 and again at line 3$"
/// @Param limit header int false "Another location is another parameter"
/// @Success 204
/// @Router /items [get]
func listItems() {}

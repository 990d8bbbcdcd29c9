/// @Summary Bad method
/// @Router /items [fetch]
func fetch() {}

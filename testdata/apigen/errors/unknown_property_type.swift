struct Holder {
    var value: NotDeclaredAnywhere
}

/// @Summary Unknown property type
/// @Success 200 {object} Holder
/// @Router /holders [get]
func holders() {}

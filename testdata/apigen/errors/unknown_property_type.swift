struct Holder {
    var value: NotDeclaredAnywhere // want:9 "^unknown type 'NotDeclaredAnywhere'$"
}

/// @Summary Unknown property type
/// @Success 200 {object} Holder
/// @Router /holders [get]
func holders() {}

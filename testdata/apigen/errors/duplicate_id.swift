/// @Summary First
/// @ID sameID
/// @Router /a [get]
func a() {}

/// @Summary Second
/// @ID sameID
/// @Router /b [get] // want:5 "^duplicate operation ID 'sameID' \(first at duplicate_id\.swift:3\)$"
func b() {}

struct Item: Codable {
    var id: Int
}

/// Every error of a block is reported, not only the first.
/// @Summary Several mistakes
/// @Param id path int true "Item ID" Bogus(1) // want:5 "^malformed @Param annotation: unknown attribute 'Bogus'$"
/// @Param filter query Missing false "Filter" // want:5 "^unknown type 'Missing'$"
/// @Success 200 {mapping} Item // want:5 "^malformed @Success annotation: unknown kind \{mapping\}; expected \{object\} or \{array\}$"
/// @Accept yaml-ish // want:5 "^malformed @Accept annotation: unknown MIME type alias 'yaml-ish'$"
/// @Router /items/{id} [get]
func getItem() {}

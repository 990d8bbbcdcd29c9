struct Page<Item: Codable>: Codable {
    var items: [Item]
}

struct Thing: Codable {
    var id: Int
}

/// @Summary Generic type without arguments
/// @Success 200 {object} Page // want:5 "^'Page' is generic: name its arguments, as in 'Page\[Item\]'$"
/// @Router /a [get]
func a() {}

/// @Summary Too many arguments
/// @Success 200 {object} Page[Thing,Thing] // want:5 "^'Page' takes 1 type argument, not 2$"
/// @Router /b [get]
func b() {}

/// @Summary Malformed composition
/// @Success 200 {object} Thing{data} // want:5 "expected 'field=Type'"
/// @Router /c [get]
func c() {}

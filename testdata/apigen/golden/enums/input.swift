/// @title Enums
/// @version 1.0
enum Info {}

/// Custom raw values are the wire format.
enum Color: String, Codable {
    case red
    case darkBlue = "dark-blue"
    case `default` = "DEFAULT"
}

/// Implicit Int raw values count on from the last explicit one.
enum Level: Int, Codable {
    case low
    case medium
    case high = 10
    case critical
}

struct Paint {
    var color: Color
    var level: Level
}

/// @Summary Paint
/// @Tags paint
/// @Success 200 {object} Paint
/// @Router /paint [get]
func paint() {}

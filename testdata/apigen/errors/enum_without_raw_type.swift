enum Mood {
    case happy, sad
}

/// @Summary Mood
/// @Success 200 {object} Mood
/// @Router /mood [get]
func mood() {}

enum Mood { // want:1 "^enum 'Mood' has no String or Int raw type$"
    case happy, sad
}

/// @Summary Mood
/// @Success 200 {object} Mood
/// @Router /mood [get]
func mood() {}

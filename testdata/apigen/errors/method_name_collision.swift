/// @Summary Get a user
/// @ID get-user
/// @Router /users/me [get]
func me() {}

/// @Summary Get a user, again
/// @ID get_user
/// @Router /users/self [get] // want:5 "^operation IDs 'get-user' \(GET /users/me\) and 'get_user' \(GET /users/self\) both become the Swift method 'getUser'$"
func myself() {}

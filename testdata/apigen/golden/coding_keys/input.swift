/// @title CodingKeys
/// @version 1.0
enum Info {}

struct Profile: Codable {
    var userID: Int
    var displayName: String
    var internalNote: String?
    var avatarURL: URL?

    // internalNote is not listed: it is not encoded.
    enum CodingKeys: String, CodingKey {
        case userID = "user_id"
        case displayName
        case avatarURL = "avatar"
    }
}

/// @Summary Profile
/// @Tags profiles
/// @Success 200 {object} Profile
/// @Router /profile [get]
func profile() {}

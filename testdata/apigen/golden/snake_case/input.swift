// apigen-flags: --key-strategy snake_case
/// @title Snake case
/// @version 1.0
enum Info {}

struct Account {
    var accountID: Int
    var createdAt: Date
    var isActive: Bool
    var homeURLString: String
    var renamed: String

    enum CodingKeys: String, CodingKey {
        case accountID, createdAt, isActive, homeURLString
        case renamed = "customName"
    }
}

/// @Summary Account
/// @Tags accounts
/// @Success 200 {object} Account
/// @Router /account [get]
func account() {}

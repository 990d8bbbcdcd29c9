/// @title Security flows
/// @version 1.0
/// @description HTTP basic, OAuth 2 flows with scopes, and schemes required together or as alternatives.
/// @securityDefinitions.basic BasicAuth
/// @securityDefinitions.apikey ApiKeyAuth
/// @in header
/// @name X-API-Key
/// @securityDefinitions.oauth2.application OAuth2Application
/// @tokenUrl https://auth.example.com/oauth/token
/// @scope.read Read access
/// @scope.write Write access
/// @securityDefinitions.oauth2.implicit OAuth2Implicit
/// @authorizationUrl https://auth.example.com/oauth/authorize
/// @scope.admin Administration
/// @securityDefinitions.oauth2.accessCode OAuth2AccessCode
/// @tokenUrl https://auth.example.com/oauth/token
/// @authorizationUrl https://auth.example.com/oauth/authorize
enum Info {}

struct Account: Codable {
    var id: Int
    var owner: String
}

/// @Summary Get the account
/// @Tags accounts
/// @Success 200 {object} Account
/// @Security BasicAuth && ApiKeyAuth
/// @Router /account [get]
func getAccount() {}

/// @Summary Update the account
/// @Tags accounts
/// @Param body body Account true "The account"
/// @Success 200 {object} Account
/// @Security OAuth2Application[read, write] || OAuth2AccessCode[write]
/// @Router /account [put]
func updateAccount() {}

/// @Summary Close the account
/// @Tags accounts
/// @Success 204
/// @Security OAuth2Implicit[admin]
/// @Security ApiKeyAuth
/// @Router /account [delete]
func closeAccount() {}

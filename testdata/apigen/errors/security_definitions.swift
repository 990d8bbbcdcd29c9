/// @title Broken security
/// @securityDefinitions.oauth2.application OAuth2Application // want:5 "^OAuth 2 scheme 'OAuth2Application' \(application\) needs @tokenUrl$"
/// @scope.read Read access
/// @securityDefinitions.oauth2.implicit OAuth2Implicit // want:5 "is not an absolute URL"
/// @authorizationUrl /relative/authorize
enum Info {}

/// @Summary Uses a scheme nobody defined
/// @Success 204
/// @Security OAuth2Application[read] && Missing
/// @Router /things [get] // want:5 "^@Security names 'Missing', which no @securityDefinitions annotation defines$"
func things() {}

/// @Summary Broken scope list
/// @Success 204
/// @Security OAuth2Application[read // want:5 "unclosed scope list"
/// @Router /other [get]
func other() {}

/// General information about the example API.
///
/// @title Workspace API
/// @version 1.2.0
/// @description Manage workspaces, their members and their invoices.
/// @BasePath /api/v1
/// @securityDefinitions.apikey ApiKeyAuth
/// @in header
/// @name X-API-Key
enum WorkspaceAPI {}

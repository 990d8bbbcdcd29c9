/// @title Live API
/// @version 1.0
/// @description An in-memory item store. apigen's outputs for it are held against it running:
/// @description the generated clients call every operation, and schemathesis fuzzes the document.
/// @tag.name Items
/// @tag.description Items in the store
/// @tag.name Echo
/// @tag.description What the server read from a request
/// @tag.name Admin
/// @tag.description Store statistics, behind HTTP basic authentication
/// @securityDefinitions.apikey ApiKeyAuth
/// @in header
/// @name X-API-Key
/// @securityDefinitions.basic BasicAuth
enum APIInfo {}

import Foundation

/// @title Name collisions
/// @version 1.0
/// @description The API's own types take the names the Swift client uses for itself and for the
/// @description standard types it writes. The client still compiles: its helpers nest under other
/// @description names, Foundation's and Swift's types are qualified, and only what cannot move
/// @description (the client class, `CodingKeys`) is renamed, with a warning. The TypeScript types
/// @description name no global type (`Record`, `ReadonlyArray`), which the API's types may shadow.
/// @BasePath /v1
/// @securityDefinitions.basic BasicAuth
enum Info {}

/// The API's own JSON value: a typed setting, not any JSON.
struct JSONValue {
    var kind: String
    var text: String
}

/// A registered API client (an OAuth application).
struct APIClient {
    var id: Int
    var name: String
    var homepage: Foundation.URL
    var created: Foundation.Date
}

/// The API's own error envelope.
struct APIResponseError {
    var status: Int
    var errors: [Error]
}

/// Another error shape, named like the client's documented-error helper.
struct ResponseError {
    var reason: String
}

/// A calendar day, without a time.
struct Date {
    var year: Int
    var month: Int
    var day: Int
}

/// A link.
struct URL {
    var href: String
    var rel: String
}

/// A page of events.
struct Data {
    var items: [Event]
    var next: URL?
}

/// The outcome of a change.
struct Result {
    var ok: Bool
    var error: Error?
    var records: [Record]
}

/// A change record, named like TypeScript's `Record`, which the TypeScript output must not use.
struct Record {
    var field: String
    var before: String?
    var after: String?
}

struct Error {
    var code: String
    var message: String
}

/// Key rotation for a client.
struct CodingKeys {
    var keys: [String]
}

struct Event {
    var id: UUID
    var at: Foundation.Date
    var day: Date
    var link: URL
    var source: Foundation.URL
    var payload: Foundation.Data
    var settings: [String: JSONValue]
}

/// @Summary List events
/// @ID list-events
/// @Tags events
/// @Param since query string false "Events after this instant" format(date-time)
/// @Param filter query object false "Free-form filter"
/// @Success 200 {object} Data
/// @Failure 400 {object} Error "A bad filter"
/// @Failure default {object} APIResponseError "Anything else"
/// @Router /events [get]
func listEvents() {}

/// @Summary Register a client
/// @ID create-client
/// @Tags clients
/// @Security BasicAuth
/// @Param client body APIClient true "The client"
/// @Success 201 {object} APIClient
/// @Failure 409 {object} ResponseError "Taken"
/// @Router /clients [post]
func createClient() {}

/// @Summary Rotate a client's keys
/// @ID rotate-keys
/// @Tags clients
/// @Param id path int true "Client ID"
/// @Param keys body CodingKeys true "The new keys"
/// @Success 200 {object} Result
/// @Router /clients/{id}/keys [put]
func rotateKeys() {}

/// @Summary Upload an attachment
/// @ID upload
/// @Tags events
/// @Accept multipart/form-data
/// @Param file formData file true "The attachment"
/// @Success 200 {object} URL
/// @Router /uploads [post]
func upload() {}

/// @Summary Read a setting
/// @ID get-setting
/// @Tags settings
/// @Param key path string true "Setting key"
/// @Success 200 {object} JSONValue
/// @Router /settings/{key} [get]
func getSetting() {}

/// @Summary Read the raw settings document
/// @ID get-raw-settings
/// @Tags settings
/// @Success 200 {object} object
/// @Router /settings [get]
func getRawSettings() {}

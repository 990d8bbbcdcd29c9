/// @title Generics and composition
/// @version 1.0
/// @description Generic responses resolved against Swift generic types, field composition, and kebab-case operation IDs.
enum Info {}

struct Workspace: Codable {
    var id: String
    var name: String
}

struct Member: Codable {
    var userID: String
    var role: Int
}

/// One page of results.
struct Page<Item: Codable>: Codable {
    /// The items on this page.
    var items: [Item]
    var nextCursor: String?
}

struct Pair<First: Codable, Second: Codable>: Codable {
    var first: First
    var second: Second
}

/// The envelope every response comes in; each endpoint adds its `data`.
struct Envelope: Codable {
    var status: String
    var requestID: String
}

/// A result whose `value` each endpoint narrows.
struct Result: Codable {
    var value: String?
}

/// A property of a generic type, instantiated in Swift syntax.
struct Dashboard: Codable {
    var recent: Page<Workspace>
}

/// @Summary List workspaces
/// @ID list-workspaces
/// @Success 200 {object} Page[Workspace]
/// @Router /workspaces [get]
func listWorkspaces() {}

/// @Summary List members
/// @ID list-workspace-members
/// @Param workspaceID path string true "Workspace ID"
/// @Success 200 {object} Envelope{data=[]Member}
/// @Router /workspaces/{workspaceID}/members [get]
func listMembers() {}

/// @Summary Workspace with its owner
/// @ID get-workspace-owner-pair
/// @Param workspaceID path string true "Workspace ID"
/// @Success 200 {object} Pair[Workspace,Member]
/// @Router /workspaces/{workspaceID}/owner [get]
func owner() {}

/// @Summary Dashboard
/// @ID get-dashboard
/// @Success 200 {object} Envelope{data=Dashboard}
/// @Router /dashboard [get]
func dashboard() {}

/// @Summary Member count
/// @ID get-member-count
/// @Success 200 {object} Result{value=int}
/// @Router /members/count [get]
func memberCount() {}

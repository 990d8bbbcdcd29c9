struct Workspace: Codable {
    enum Status: String, Codable { case active, suspended }
    var status: Status
}

struct WorkspaceStatus: Codable { // want:1 "^types 'Workspace.Status' and 'WorkspaceStatus' both become 'WorkspaceStatus' in the generated code; rename one$"
    var since: String
}

/// @Summary Get a workspace
/// @Success 200 {object} Workspace
/// @Router /workspace [get]
func getWorkspace() {}

/// @Summary Get a workspace status
/// @Success 200 {object} WorkspaceStatus
/// @Router /workspace/status [get]
func getStatus() {}

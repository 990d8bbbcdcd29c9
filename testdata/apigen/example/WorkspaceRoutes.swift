import Foundation

struct WorkspaceController {
    /// @Summary List workspaces
    /// @Description Returns the workspaces the caller can see, newest first.
    /// @Description Archived workspaces are left out unless asked for.
    /// @Tags Workspaces
    /// @Produce json
    /// @Param status query string false "Filter by status" enums(active,suspended,archived_at_owner_request) default(active)
    /// @Param limit query int false "Page size" minimum(1) maximum(100) default(20)
    /// @Success 200 {array} Workspace "The workspaces"
    /// @Header 200 {string} X-Total-Count "How many workspaces match"
    /// @Failure 401 {object} APIError "Missing or bad API key"
    /// @Security ApiKeyAuth
    /// @Router /workspaces [get]
    func listWorkspaces(req: Request) async throws -> [Workspace] { [] }

    /// @Summary Create a workspace
    /// @ID create-workspace
    /// @Tags Workspaces
    /// @Accept json
    /// @Produce json
    /// @Param body body CreateWorkspaceRequest true "The new workspace"
    /// @Success 201 {object} Workspace "Created"
    /// @Failure 400 {object} APIError "Invalid request"
    /// @Failure 401 {object} APIError "Missing or bad API key"
    /// @Security ApiKeyAuth
    /// @Router /workspaces [post]
    func create(req: Request) async throws -> Workspace { fatalError() }

    /// @Summary Get a workspace
    /// @Tags Workspaces
    /// @Param workspaceID path string true "Workspace ID" format(uuid)
    /// @Success 200 {object} Workspace
    /// @Failure 404 {object} APIError "No such workspace"
    /// @Security ApiKeyAuth
    /// @ID get-workspace-by-id
    /// @Router /workspaces/{workspaceID} [get]
    func getWorkspace(req: Request) async throws -> Workspace { fatalError() }

    /// @Summary Update a workspace
    /// @Tags Workspaces
    /// @Param workspaceID path string true "Workspace ID" format(uuid)
    /// @Param body body UpdateWorkspaceRequest true "Fields to change"
    /// @Success 200 {object} Workspace
    /// @Failure 404 {object} APIError "No such workspace"
    /// @Security ApiKeyAuth
    /// @Router /workspaces/{workspaceID} [patch]
    func updateWorkspace(req: Request) async throws -> Workspace { fatalError() }

    /// @Summary Delete a workspace
    /// @Tags Workspaces
    /// @Param workspaceID path string true "Workspace ID" format(uuid)
    /// @Param X-Confirm header string true "Must be the workspace name"
    /// @Success 204 "Deleted"
    /// @Failure 404 {object} APIError "No such workspace"
    /// @Security ApiKeyAuth
    /// @Router /workspaces/{workspaceID} [delete]
    func deleteWorkspace(req: Request) async throws {}

    /// @Summary Workspace labels
    /// @Description Deprecated: read `labels` from the workspace instead.
    /// @Tags Workspaces
    /// @Deprecated
    /// @Param workspaceID path string true "Workspace ID"
    /// @Success 200 {object} map[string]string "Labels by key"
    /// @Router /workspaces/{workspaceID}/labels [get]
    func legacyLabels(req: Request) async throws -> [String: String] { [:] }
}

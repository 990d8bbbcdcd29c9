struct MemberController {
    /// @Summary List members
    /// @Tags Members
    /// @Param workspaceID path string true "Workspace ID"
    /// @Param role query integer false "Only members with this role" enums(1,2,10)
    /// @Success 200 {array} Member
    /// @Security ApiKeyAuth
    /// @Router /workspaces/{workspaceID}/members [get]
    func listMembers(req: Request) async throws -> [Member] { [] }

    /// @Summary Invite a member
    /// @Tags Members
    /// @Accept json
    /// @Param workspaceID path string true "Workspace ID"
    /// @Param body body InviteMemberRequest true "Who to invite"
    /// @Success 201 {object} Member "Invited"
    /// @Failure 409 {object} APIError "Already a member"
    /// @Security ApiKeyAuth
    /// @Router /workspaces/{workspaceID}/members [post]
    func inviteMember(req: Request) async throws -> Member { fatalError() }

    /// @Summary Remove a member
    /// @Tags Members
    /// @Param workspaceID path string true "Workspace ID"
    /// @Param memberID path string true "Member ID"
    /// @Success 204 "Removed"
    /// @Security ApiKeyAuth
    /// @ID remove-workspace-member
    /// @Router /workspaces/{workspaceID}/members/{memberID} [delete]
    func removeMember(req: Request) async throws {}
}

struct BillingController {
    /// @Summary List invoices
    /// @Tags Billing
    /// @Param workspaceID path string true "Workspace ID"
    /// @Param year query int false "Calendar year" minimum(2000)
    /// @Param paid query bool false "Only paid (true) or unpaid (false) invoices"
    /// @Success 200 {array} Invoice
    /// @Failure default {object} APIError "Unexpected error"
    /// @Security ApiKeyAuth
    /// @Router /workspaces/{workspaceID}/invoices [get]
    func listInvoices(req: Request) async throws -> [Invoice] { [] }

    /// @Summary Get an invoice
    /// @Tags Billing
    /// @Param invoiceID path string true "Invoice ID"
    /// @Success 200 {object} Invoice
    /// @Failure 404 {object} APIError "No such invoice"
    /// @Security ApiKeyAuth
    /// @ID get-invoice-by-id
    /// @Router /invoices/{invoiceID} [get]
    func getInvoice(req: Request) async throws -> Invoice { fatalError() }

    /// @Summary Service health
    /// @Description Unauthenticated liveness probe.
    /// @Tags Billing
    /// @Produce plain
    /// @Success 200 {string} string "ok"
    /// @Router /health [get]
    func health(req: Request) async throws -> String { "ok" }
}

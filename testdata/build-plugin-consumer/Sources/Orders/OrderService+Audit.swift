import Foundation

extension OrderService {
    /// Writes through the outer store: called inside a transaction, this escapes it.
    func recordAudit(_ order: Order) throws {
        try store.insert(AuditEntry(order))
    }
}

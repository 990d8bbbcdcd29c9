import Foundation

/// A workspace groups members and billing.
struct Workspace: Codable {
    /// Where a workspace is in its life.
    enum Status: String, Codable {
        case active
        case suspended
        /// Custom raw values are what goes over the wire.
        case archived = "archived_at_owner_request"
    }

    /// Stable identifier.
    let id: UUID
    /// Display name.
    var name: String
    var status: Status
    /// Free-form labels by key.
    var labels: [String: String]
    var createdAt: Date
    var homepage: URL?
    var logo: Data?
    var memberCount: Int32
    var storageQuota: UInt64
    var usageRatio: Double
    var trialDiscount: Float?
    var isPublic: Bool
    var owner: Member?

    /// Computed properties are not part of the wire format.
    var displayName: String { name.capitalized }
    static let maximumMembers = 500

    enum CodingKeys: String, CodingKey {
        case id, name, status, labels, homepage, logo, owner
        case createdAt = "created"
        case memberCount = "member_count"
        case storageQuota = "storage_quota_bytes"
        case usageRatio = "usage_ratio"
        case trialDiscount = "trial_discount"
        case isPublic = "public"
    }
}

/// Someone with access to a workspace.
final class Member: Codable {
    /// How much a member may do.
    enum Role: Int, Codable {
        case viewer = 1
        case editor
        case admin = 10
    }

    let id: UUID
    var email: String
    var role: Role
    var joinedAt: Date?
    var teams: [String]
    var invitedBy: Member?

    init(id: UUID, email: String, role: Role, teams: [String]) {
        self.id = id
        self.email = email
        self.role = role
        self.teams = teams
    }
}

struct CreateWorkspaceRequest: Codable {
    var name: String
    var isPublic: Bool?
    var labels: [String: String]?
}

struct UpdateWorkspaceRequest: Codable {
    var name: String?
    var status: Workspace.Status?
}

struct InviteMemberRequest: Codable {
    var email: String
    var role: Member.Role
}

/// A bill for one month of usage.
struct Invoice: Codable {
    let id: UUID
    var workspaceID: UUID
    var amountCents: Int
    var currency: Currency
    var lines: [InvoiceLine]
    var issuedAt: Date
    var paidAt: Date?
    var metadata: [String: Int]
}

struct InvoiceLine: Codable {
    var description: String
    var quantity: Int
    var unitPrice: Double
}

enum Currency: String, Codable {
    case eur = "EUR"
    case usd = "USD"
}

/// What every error response carries.
struct APIError: Codable {
    var code: String
    var message: String
    var details: [String]?
}

struct Page<Item> {
    var items: [Item]
}

/// A suggested repair of one finding, as go/analysis' `SuggestedFix`: what it does, in words a
/// person reads before accepting it, and the edits that do it. A finding carries a fix only where
/// the repair is exact; otherwise its message or a note says what to change, and it has no edits.
public struct Fix: Codable, Sendable, Hashable {
    /// What the fix does, shown in every output format: "replace 'store' with 'tx'".
    public var message: String
    /// Non-overlapping edits of the finding's file, in its own bytes.
    public var edits: [TextEdit]

    public init(message: String, edits: [TextEdit]) {
        self.message = message
        self.edits = edits
    }

    /// Whether two fixes touch overlapping bytes (an insertion at the same offset counts, since
    /// applying both would depend on their order).
    public func overlaps(_ other: Fix) -> Bool {
        edits.contains { edit in other.edits.contains { edit.overlaps($0) } }
    }
}

/// One replacement of a byte range of the file a diagnostic is about.
public struct TextEdit: Codable, Sendable, Hashable {
    /// UTF-8 offsets into the file's bytes.
    public var start: Int
    public var end: Int
    public var replacement: String

    public init(start: Int, end: Int, replacement: String) {
        self.start = start
        self.end = end
        self.replacement = replacement
    }

    /// The bytes with every edit applied; edits must not overlap.
    public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
        var output = bytes
        for edit in edits.sorted(by: { $0.start > $1.start }) {
            output.replaceSubrange(edit.start..<edit.end, with: Array(edit.replacement.utf8))
        }
        return output
    }

    /// Whether two edits touch the same bytes, or insert at the same place.
    public func overlaps(_ other: TextEdit) -> Bool {
        if start == other.start { return true }
        return start < other.end && other.start < end
    }
}

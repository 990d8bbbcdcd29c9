/// How serious a finding is. `error` fails a run; `warning` is printed but fails it only under
/// `--strict`; `note` only accompanies another finding.
public enum Severity: String, Codable, Sendable {
    case error
    case warning
    case note
}

/// A related place that explains a finding: where a helper uses the store, the other half of a
/// duplicate route. Shown as `note:` lines, SARIF `relatedLocations` and JSON `notes`.
public struct DiagnosticNote: Codable, Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}

/// One finding, the plain data that flows from every analysis to every output format.
public struct Diagnostic: Codable, Sendable, Hashable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    /// The id of a catalog ``Rule``.
    public var rule: String
    public var message: String
    public var notes: [DiagnosticNote]
    /// Exact repairs of the finding (importsort's rewrite, intxcheck's handle for the outer store).
    public var fixes: [Fix]

    public init(
        rule: Rule, file: String, line: Int, column: Int, message: String,
        severity: Severity? = nil, notes: [DiagnosticNote] = [], fixes: [Fix] = []
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity ?? rule.defaultSeverity
        self.rule = rule.id
        self.message = message
        self.notes = notes
        self.fixes = fixes
    }

    /// A finding at the start of a file (encoding, I/O, stale output).
    public static func atFileStart(_ rule: Rule, file: String, message: String) -> Diagnostic {
        Diagnostic(rule: rule, file: file, line: 1, column: 1, message: message)
    }

    /// Stable output order: by file, then position, then rule and message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.rule, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.rule, rhs.message)
    }

    enum CodingKeys: String, CodingKey {
        case file, line, column, severity, rule, message, notes, fixes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        line = try container.decode(Int.self, forKey: .line)
        column = try container.decode(Int.self, forKey: .column)
        severity = try container.decode(Severity.self, forKey: .severity)
        rule = try container.decode(String.self, forKey: .rule)
        message = try container.decode(String.self, forKey: .message)
        notes = try container.decodeIfPresent([DiagnosticNote].self, forKey: .notes) ?? []
        fixes = try container.decodeIfPresent([Fix].self, forKey: .fixes) ?? []
    }

    /// Empty `notes` and `fixes` are left out, so a plain finding keeps the six-key JSON contract.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(severity, forKey: .severity)
        try container.encode(rule, forKey: .rule)
        try container.encode(message, forKey: .message)
        if !notes.isEmpty { try container.encode(notes, forKey: .notes) }
        if !fixes.isEmpty { try container.encode(fixes, forKey: .fixes) }
    }
}

/// A file that cannot be checked (unreadable, not UTF-8, does not parse) fails with the
/// diagnostic that says why.
extension Diagnostic: Error {}

extension Diagnostic {
    /// The same finding in a file of the same content at another path; notes in the file move too.
    public func relocated(to path: String) -> Diagnostic {
        var copy = self
        let old = copy.file
        copy.file = path
        copy.notes = notes.map { note in
            var note = note
            if note.file == old { note.file = path }
            return note
        }
        return copy
    }
}

/// How serious a finding is. Every tool reports `error` for what fails a run; `warning` and `note`
/// exist so the output formats map onto the ecosystem's levels.
public enum Severity: String, Codable, Sendable, Comparable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One finding, the plain data that flows from every analysis to every output format.
/// The six fields are the JSON contract: `file`, `line`, `column`, `severity`, `rule`, `message`.
public struct Diagnostic: Codable, Sendable, Hashable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var rule: String
    public var message: String

    public init(file: String, line: Int, column: Int, severity: Severity = .error, rule: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.rule = rule
        self.message = message
    }

    /// Stable output order: by file, then position, then rule and message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.rule, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.rule, rhs.message)
    }
}

/// Process exit codes shared by all three tools.
public enum ExitStatus {
    /// Nothing to report.
    public static let clean: Int32 = 0
    /// Findings, files that need changes, or stale generated output.
    public static let findings: Int32 = 1
    /// Bad usage or an I/O error.
    public static let usageOrIOError: Int32 = 2
}

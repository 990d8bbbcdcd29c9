import Foundation

/// How diagnostics are printed: for people and editors, for programs, for GitHub Actions, for
/// code-scanning dashboards.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// `path:line:column: error: message [rule]`, then a `note:` line per related location.
    case text
    /// A JSON array of objects with the keys `file`, `line`, `column`, `severity`, `rule`,
    /// `message`, and `notes` when there are related locations.
    case json
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`).
    case github
    /// SARIF 2.1.0.
    case sarif
}

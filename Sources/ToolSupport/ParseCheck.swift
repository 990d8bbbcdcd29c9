import SwiftParserDiagnostics
import SwiftSyntax

/// Turns a syntax tree that did not parse cleanly into one diagnostic at the first error.
public enum ParseCheck {
    public static let rule = "parse-error"

    /// nil when the tree has no syntax error.
    public static func firstError(in tree: SourceFileSyntax, file: String) -> Diagnostic? {
        guard tree.hasError else { return nil }
        let converter = SourceLocationConverter(fileName: file, tree: tree)
        let diagnostics = ParseDiagnosticsGenerator.diagnostics(for: tree)
        guard let first = diagnostics.min(by: { $0.position < $1.position }) else {
            return Diagnostic(file: file, line: 1, column: 1, rule: rule, message: "file does not parse as Swift")
        }
        let location = converter.location(for: first.position)
        return Diagnostic(
            file: file, line: location.line, column: location.column, rule: rule,
            message: "file does not parse as Swift: \(first.message)")
    }
}

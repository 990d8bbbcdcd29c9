import SwiftParserDiagnostics
import SwiftSyntax

/// Turns a syntax tree that did not parse cleanly into one diagnostic at the first error.
public enum ParseCheck {
    /// nil when the tree has no syntax error.
    public static func firstError(in tree: SourceFileSyntax, file: String) -> Diagnostic? {
        guard tree.hasError else { return nil }
        let diagnostics = ParseDiagnosticsGenerator.diagnostics(for: tree)
        guard let first = diagnostics.min(by: { $0.position < $1.position }) else {
            return .atFileStart(.parseError, file: file, message: "file does not parse as Swift")
        }
        let location = SourceLocationConverter(fileName: file, tree: tree).location(for: first.position)
        return Diagnostic(
            rule: .parseError, file: file, line: location.line, column: location.column,
            message: "file does not parse as Swift: \(first.message)")
    }
}

import Foundation

/// Prints diagnostics in each ``OutputFormat``.
public enum DiagnosticRenderer {
    /// Renders diagnostics (already in the order they should appear). Text and GitHub output end
    /// with a newline per line and are empty when there is nothing to say; JSON and SARIF always
    /// produce a document. `root` is what relative paths are relative to (SARIF's URIs, the
    /// files a fix's positions are read from); `rulesURL` is the page rule links point into.
    public static func render(
        _ diagnostics: [Diagnostic], as format: OutputFormat, tool: ToolDescription,
        root: String = FileManager.default.currentDirectoryPath, rulesURL: String = BuildTools.documentationURI
    ) -> String {
        switch format {
        case .text:
            return diagnostics.map { text($0) + "\n" }.joined()
        case .github:
            return diagnostics.map { github($0) + "\n" }.joined()
        case .json:
            var positions = FilePositions(root: root)
            return JSONText.encode(diagnostics.map { PublicDiagnostic($0, positions: &positions) }) + "\n"
        case .sarif:
            return JSONText.encode(SARIFLog(diagnostics: diagnostics, tool: tool, root: root, rulesURL: rulesURL)) + "\n"
        }
    }

    /// The finding's line, then one `note:` line per related location and one per fix, as swiftc
    /// and clang print them.
    public static func text(_ diagnostic: Diagnostic) -> String {
        let position = "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)"
        let head = "\(position): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]"
        let notes = diagnostic.notes.map { "\($0.file):\($0.line):\($0.column): note: \($0.message)" }
        let fixes = diagnostic.fixes.map { "\(position): note: fix: \($0.message)" }
        return ([head] + notes + fixes).joined(separator: "\n")
    }

    /// A workflow command, escaped as the Actions toolkit's `escapeData` and `escapeProperty`
    /// do. Notes become further lines of the message, since an annotation has one location.
    public static func github(_ diagnostic: Diagnostic) -> String {
        let command = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        let message = ([diagnostic.message] + diagnostic.notes.map { "note: \($0.file):\($0.line):\($0.column): \($0.message)" }
            + diagnostic.fixes.map { "suggested fix: \($0.message)" })
            .joined(separator: "\n")
        return "::\(command) file=\(GitHubEscaping.property(diagnostic.file)),line=\(diagnostic.line),col=\(diagnostic.column),"
            + "title=\(GitHubEscaping.property(diagnostic.rule))::\(GitHubEscaping.data(message))"
    }

    /// The catalog, for `--list-rules`: a table for people, or JSON.
    public static func rules(of tool: ToolDescription, as format: OutputFormat, rulesURL: String = BuildTools.documentationURI) -> String {
        switch format {
        case .json, .sarif:
            return JSONText.encode(tool.rules.map { PublicRule($0, rulesURL: rulesURL) }) + "\n"
        case .text, .github:
            let width = tool.rules.map(\.id.count).max() ?? 0
            return tool.rules.map { rule in
                rule.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + rule.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0) + "  " + rule.summary + "\n"
            }.joined()
        }
    }

    /// A diagnostic as JSON output shows it: `notes` and `fixes` only when there are some. A
    /// fix's edits are byte offsets into the file as it was read (as `go vet -json` gives them),
    /// with their lines and UTF-8 columns where the file can still be read.
    private struct PublicDiagnostic: Encodable {
        let file: String
        let line: Int
        let column: Int
        let severity: Severity
        let rule: String
        let message: String
        let notes: [DiagnosticNote]?
        let fixes: [PublicFix]?

        init(_ diagnostic: Diagnostic, positions: inout FilePositions) {
            file = diagnostic.file
            line = diagnostic.line
            column = diagnostic.column
            severity = diagnostic.severity
            rule = diagnostic.rule
            message = diagnostic.message
            notes = diagnostic.notes.isEmpty ? nil : diagnostic.notes
            var fixes: [PublicFix] = []
            for fix in diagnostic.fixes {
                let edits = fix.edits.map { edit in
                    let start = positions.position(file: diagnostic.file, offset: edit.start)
                    let end = positions.position(file: diagnostic.file, offset: edit.end)
                    return PublicEdit(
                        start: edit.start, end: edit.end, replacement: edit.replacement,
                        line: start?.line, column: start?.utf8Column, endLine: end?.line, endColumn: end?.utf8Column)
                }
                fixes.append(PublicFix(message: fix.message, edits: edits))
            }
            self.fixes = fixes.isEmpty ? nil : fixes
        }
    }

    private struct PublicFix: Encodable {
        let message: String
        let edits: [PublicEdit]
    }

    private struct PublicEdit: Encodable {
        let start: Int
        let end: Int
        let replacement: String
        let line: Int?
        let column: Int?
        let endLine: Int?
        let endColumn: Int?
    }

    private struct PublicRule: Encodable {
        let id: String
        let summary: String
        let rationale: String
        let defaultSeverity: Severity
        let helpUri: String

        init(_ rule: Rule, rulesURL: String) {
            id = rule.id
            summary = rule.summary
            rationale = rule.rationale
            defaultSeverity = rule.defaultSeverity
            helpUri = rule.helpURI(rulesURL: rulesURL)
        }
    }
}

/// GitHub Actions workflow-command escaping, as `@actions/core` does it.
public enum GitHubEscaping {
    /// A message: `%`, CR and LF.
    public static func data(_ value: String) -> String {
        value.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value: as a message, and `:` and `,` too.
    public static func property(_ value: String) -> String {
        data(value).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

enum JSONText {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        // Sorted keys: Foundation on Linux otherwise changes key order from run to run.
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}

import Foundation

import SwiftParser
import SwiftSyntax

/// What a rule sees of one file, in the manner of swift-format's `Context`: the file, its
/// syntax tree, and a location converter made only when a finding needs one.
public final class FileContext: @unchecked Sendable {
    public let file: SourceFile
    public let tree: SourceFileSyntax
    public private(set) lazy var converter = SourceLocationConverter(fileName: file.displayPath, tree: tree)

    public init(file: SourceFile, tree: SourceFileSyntax) {
        self.file = file
        self.tree = tree
    }

    /// Parses the file; a file that does not parse gives its `parse-error` instead.
    public static func parse(_ file: SourceFile) -> Result<FileContext, Diagnostic> {
        let tree = Parser.parse(source: file.text)
        if let error = ParseCheck.firstError(in: tree, file: file.displayPath) { return .failure(error) }
        return .success(FileContext(file: file, tree: tree))
    }

    /// The UTF-8 check, then the parse: a file that fails either gives its diagnostic.
    public static func parse(bytes: [UInt8], path: String, displayPath: String) -> Result<FileContext, Diagnostic> {
        SourceFile.decode(bytes, path: path, displayPath: displayPath).flatMap(parse)
    }

    public var displayPath: String { file.displayPath }

    /// A diagnostic at a position of this file.
    public func diagnostic(
        _ rule: Rule, at position: AbsolutePosition, message: String, severity: Severity? = nil, notes: [DiagnosticNote] = []
    ) -> Diagnostic {
        let location = converter.location(for: position)
        return Diagnostic(
            rule: rule, file: file.displayPath, line: location.line, column: location.column, message: message,
            severity: severity, notes: notes)
    }
}

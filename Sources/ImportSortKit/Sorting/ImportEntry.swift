import SwiftSyntax

/// One import as it moves: the comment lines attached above it, its indentation, and its own
/// text up to the end of its line (a trailing comment included).
struct ImportEntry {
    var commentLines: [String]
    var indentation: String
    var text: String
    let declaration: String
    let modulePath: String
    let isPreconcurrency: Bool
    let origin: ModuleOrigin

    init(decl: ImportDeclSyntax, commentLines: [String], indentation: String, text: String, classifier: ModuleClassifier) {
        self.commentLines = commentLines
        self.indentation = indentation
        self.text = text
        declaration = decl.trimmedDescription
        modulePath = decl.path.map(\.name.text).joined(separator: ".")
        isPreconcurrency = decl.attributes.contains { element in
            element.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "preconcurrency"
        }
        origin = classifier.origin(of: modulePath)
    }

    /// `@preconcurrency` first (moving one below the others has broken Swift 6 builds), then the
    /// module path case-insensitively, case-sensitively, and the declaration's text.
    static func inOrder(_ lhs: ImportEntry, _ rhs: ImportEntry) -> Bool {
        if lhs.isPreconcurrency != rhs.isPreconcurrency { return lhs.isPreconcurrency }
        let left = lhs.modulePath.lowercased()
        let right = rhs.modulePath.lowercased()
        if left != right { return left < right }
        if lhs.modulePath != rhs.modulePath { return lhs.modulePath < rhs.modulePath }
        return lhs.declaration < rhs.declaration
    }
}

import SwiftParser
import SwiftSyntax

/// The client's fixed code (the runtime, the helper types) is written once with its usual names;
/// `render` gives it the names of one client: each identifier that names one of the client's
/// types takes that type's name in this client (``SwiftClientNames``), and each that names a
/// standard type one of the API's types shadows is qualified (`Data` → `Foundation.Data`). The
/// fixed code names no type of the API, so every such identifier there means the client's or the
/// standard one. Member names (after a `.`) are never touched.
enum SwiftClientTemplate {
    static func render(_ template: String, _ names: SwiftClientNames) -> String {
        let replacements = names.templateReplacements
        guard !replacements.isEmpty else { return template }
        return IdentifierRenamer(replacements).rewrite(Parser.parse(source: template)).description
    }
}

private final class IdentifierRenamer: SyntaxRewriter {
    let replacements: [String: String]

    init(_ replacements: [String: String]) {
        self.replacements = replacements
        super.init(viewMode: .sourceAccurate)
    }

    override func visit(_ token: TokenSyntax) -> TokenSyntax {
        guard case .identifier(let name) = token.tokenKind, let replacement = replacements[name],
            token.previousToken(viewMode: .sourceAccurate)?.tokenKind != .period
        else { return token }
        return token.with(\.tokenKind, .identifier(replacement))
    }
}

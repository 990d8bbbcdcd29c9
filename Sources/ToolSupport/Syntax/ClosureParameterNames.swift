import SwiftSyntax

extension ClosureSignatureSyntax {
    /// The names a closure binds: `{ a, b in }` and `{ (a: Int, b) in }` both give `a`, `b`;
    /// empty when the signature has no parameter clause (`{ [x] in }`).
    public var parameterNames: [String] {
        switch parameterClause {
        case .simpleInput(let names): names.map(\.name.text)
        case .parameterClause(let clause): clause.parameters.map { ($0.secondName ?? $0.firstName).text }
        case nil: []
        }
    }
}

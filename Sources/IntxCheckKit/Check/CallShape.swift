import SwiftSyntax

/// What a call says about the declaration it calls, without a type checker: the argument labels
/// in order, and how many trailing closures follow.
enum CallShape {
    /// Which parameter each argument binds to, or nil when the declaration cannot be the one
    /// called: every argument meets a parameter with its label, in order, skipping only
    /// parameters with default values; trailing closures fill parameters left at the end;
    /// anything left over must have a default. Variadic parameter lists are taken as fitting
    /// (with no bindings), to stay on the side of reporting.
    static func bind(labels: [String?], trailingClosures: Int, to parameters: [ParameterFacts]) -> [(argument: Int, parameter: Int)]? {
        if parameters.contains(where: \.isVariadic) { return [] }
        var bindings: [(argument: Int, parameter: Int)] = []
        var index = 0
        for (argument, label) in labels.enumerated() {
            var matched = false
            while index < parameters.count {
                let parameter = parameters[index]
                index += 1
                if parameter.label == label {
                    bindings.append((argument, index - 1))
                    matched = true
                    break
                }
                if !parameter.hasDefault { return nil }
            }
            if !matched { return nil }
        }
        let rest = parameters.dropFirst(index)
        let required = rest.filter { !$0.hasDefault }.count
        return required <= trailingClosures && rest.count >= trailingClosures ? bindings : nil
    }
}

extension FunctionCallExprSyntax {
    /// The labels of the arguments in parentheses, in order; nil for an unlabeled one.
    var argumentLabels: [String?] { arguments.map { $0.label?.text } }

    var trailingClosureCount: Int { (trailingClosure == nil ? 0 : 1) + additionalTrailingClosures.count }

    /// The called function's base name: `f` in `f(x)` and in `a.b.f(x)`; nil for anything else.
    var calleeBaseName: String? {
        if let reference = calledExpression.as(DeclReferenceExprSyntax.self) { return reference.baseName.text }
        if let member = calledExpression.as(MemberAccessExprSyntax.self) { return member.declName.baseName.text }
        return nil
    }
}

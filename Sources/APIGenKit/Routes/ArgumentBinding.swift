import SwiftSyntax

/// Which arguments of a call go to which parameters of a function, as Swift matches them: by
/// label, in order, skipping defaulted parameters, a variadic parameter taking the unlabeled
/// arguments after its first. nil when the call cannot be to this function.
enum ArgumentBinding {
    static func bind(_ arguments: [LabeledExprSyntax], trailingClosures: Int = 0, to parameters: FunctionParameterListSyntax) -> [[ExprSyntax]]? {
        var bound: [[ExprSyntax]] = []
        var next = 0
        var closuresLeft = trailingClosures
        for parameter in parameters {
            let label = parameter.firstName.tokenKind == .wildcard ? nil : parameter.firstName.text
            var taken: [ExprSyntax] = []
            if next < arguments.count, arguments[next].label?.text == label {
                taken.append(arguments[next].expression)
                next += 1
                if parameter.ellipsis != nil {
                    while next < arguments.count, arguments[next].label == nil {
                        taken.append(arguments[next].expression)
                        next += 1
                    }
                }
            } else if parameter.defaultValue == nil && parameter.ellipsis == nil {
                // A trailing closure fills the remaining function-typed parameters.
                guard closuresLeft > 0 else { return nil }
                closuresLeft -= 1
            }
            bound.append(taken)
        }
        return next == arguments.count ? bound : nil
    }
}

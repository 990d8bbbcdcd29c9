import SwiftSyntax

/// What a call says about the declaration it calls, without a type checker: the base name, the
/// argument labels in order, and how many trailing closures follow.
struct CallShape: Hashable {
    let name: String
    /// nil for an unlabeled argument.
    let labels: [String?]
    let trailingClosures: Int

    init(name: String, call: FunctionCallExprSyntax) {
        self.name = name
        labels = call.arguments.map { $0.label?.text }
        trailingClosures = (call.trailingClosure == nil ? 0 : 1) + call.additionalTrailingClosures.count
    }

    /// Whether a declaration can be the one called: every argument meets a parameter with its
    /// label, in order, skipping only parameters with default values; trailing closures fill
    /// parameters left at the end; anything left over must have a default. Variadic and
    /// otherwise unusual parameter lists are taken as fitting, to stay on the side of reporting.
    func fits(_ function: FunctionDeclSyntax) -> Bool {
        let parameters = Array(function.signature.parameterClause.parameters)
        if parameters.contains(where: { $0.ellipsis != nil }) { return true }
        var index = 0
        for label in labels {
            var matched = false
            while index < parameters.count {
                let parameter = parameters[index]
                index += 1
                let parameterLabel: String? = parameter.firstName.tokenKind == .wildcard ? nil : parameter.firstName.text
                if parameterLabel == label {
                    matched = true
                    break
                }
                if parameter.defaultValue == nil { return false }
            }
            if !matched { return false }
        }
        let rest = parameters.dropFirst(index)
        let required = rest.filter { $0.defaultValue == nil }.count
        return required <= trailingClosures && rest.count >= trailingClosures
    }
}

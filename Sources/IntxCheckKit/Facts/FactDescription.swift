import ToolSupport

/// The facts of a file's functions in words, one line of text per function, for fixtures that
/// state what a declaration's facts must be (`// want fact:"calls derive\(db\)"`), as
/// analysistest checks go/analysis facts: a facts bug then fails at the declaration, not several
/// hops later.
extension IntxCheck {
    /// Each function's facts, by the line of its name. Bodies are summarized as the module pass
    /// would summarize them.
    public static func factDescriptions(source: String, file: String) -> [Int: String] {
        let sourceFile = SourceFile(path: file, displayPath: file, bytes: Array(source.utf8), text: source)
        guard case .success(let context) = FileContext.parse(sourceFile) else { return [:] }
        let module = ModuleIndex(file: file, tree: context.tree, bytes: context.file.bytes)
        var descriptions: [Int: String] = [:]
        for (index, function) in module.functions.enumerated() {
            descriptions[function.facts.line] = describe(function.facts, summary: module.summary(of: index))
        }
        return descriptions
    }

    static func describe(_ function: FunctionFacts, summary: BodySummary) -> String {
        let names = function.parameters.map(\.name)
        func parameter(_ index: Int?) -> String { index.map { "'\(names[$0])'" } ?? "" }
        var parts: [String] = []
        for parameter in function.parameters {
            var text = "param \(parameter.name)"
            if parameter.isEscapingClosure { text += " @escaping" }
            if parameter.isNonEscapingClosure { text += " nonescaping" }
            if let chain = parameter.defaultChain { text += " = \(chain.joined(separator: "."))" }
            parts.append(text)
        }
        for reference in summary.references {
            var text = "reads \(([reference.root] + reference.members).joined(separator: "."))"
            if let nilPath = reference.nilPathOf { text += " when \(parameter(nilPath)) is nil" }
            if let deferred = reference.deferredBy { text += " later (\(deferred))" }
            if !reference.handedParameters.isEmpty { text += " handed \(reference.handedParameters.map { parameter($0) }.joined(separator: ", "))" }
            parts.append(text)
        }
        for call in summary.calls {
            let receiver = call.receiver.map { $0.joined(separator: ".") + "." } ?? ""
            let arguments = call.arguments.map { $0?.joined(separator: ".") ?? "?" }.joined(separator: ", ")
            var text = "calls \(receiver)\(call.name)(\(arguments))"
            if let nilPath = call.nilPathOf { text += " when \(parameter(nilPath)) is nil" }
            if let deferred = call.deferredBy { text += " later (\(deferred))" }
            parts.append(text)
        }
        for handed in summary.parameterCalls {
            parts.append("calls \(parameter(handed.parameter)) with \(handed.arguments.map { $0?.joined(separator: ".") ?? "?" }.joined(separator: ", "))")
        }
        for forward in summary.forwardedParameters {
            parts.append("forwards \(parameter(forward.parameter)) to \(forward.callee)")
        }
        return parts.joined(separator: "; ")
    }
}

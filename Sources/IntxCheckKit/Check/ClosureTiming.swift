import SwiftSyntax

/// When a closure nested in a transaction closure, or in a helper reached from one, runs. Most
/// run right there (`forEach`, `map`, `{ … }()`, `withLock`); some run concurrently or after the
/// transaction has ended, where a use of the outer store does not see the transaction's writes
/// and is not rolled back with it.
///
/// The same rules apply at every hop: in a helper's body summary (syntax only, since summaries are
/// cached per file) and in the transaction closure, where the module's declarations also say
/// whether a parameter is `@escaping`.
struct ClosureTiming {
    /// Methods whose closures the library runs after the transaction (GRDB's `afterNextTransaction`).
    var afterTransactionCallbacks: Set<String> = []
    /// The module's declarations, to read `@escaping` off the called function; nil in summaries.
    var module: ModuleIndex?

    /// Argument labels of closures that run when something completes, not now.
    private static let completionLabels: Set<String> = [
        "completion", "completionHandler", "completionBlock", "handler", "onComplete", "onCompletion", "callback",
        "resultHandler", "receiveValue", "receiveCompletion", "onNext", "onSuccess", "onFailure", "onError", "onChange",
    ]
    /// Methods that build a deferred computation or subscribe to one (Combine, reactive signals,
    /// promises, notifications): their closures run when a value arrives.
    private static let reactiveMethods: Set<String> = [
        "sink", "mapToSignal", "flatMapLatest", "subscribe", "observe", "start", "startWithNext", "startStandalone",
        "addObserver", "handleEvents", "then", "done", "whenComplete", "whenSuccess", "whenFailure",
    ]
    /// Network calls whose trailing closure is the response handler.
    private static let networkMethods: Set<String> = ["dataTask", "downloadTask", "uploadTask", "request", "response", "responseJSON", "responseDecodable"]
    /// Standard initializers whose closure argument runs during the call.
    private static let synchronousInitializers: Set<String> = ["Dictionary", "Array", "Set", "String", "Result", "Optional", "ContiguousArray"]
    /// Operators of Swift itself; a closure built under any other infix operator
    /// (`signal |> mapToSignal { … }`) belongs to a lazily composed pipeline.
    private static let standardOperators: Set<String> = [
        "+", "-", "*", "/", "%", "==", "!=", "<", ">", "<=", ">=", "&&", "||", "??", "===", "!==", "&", "|", "^", "<<", ">>",
        "..<", "...", "~=", "=", "+=", "-=", "*=", "/=", "&+", "&-", "&*",
    ]

    /// Why the closure may run outside the transaction, or nil when it runs synchronously.
    func escapingReason(of closure: ClosureExprSyntax) -> String? {
        guard let parent = closure.parent else { return nil }
        // Stored for later: `let later = { … }`, `self.onDone = { … }`.
        if parent.is(InitializerClauseSyntax.self) && parent.parent?.is(PatternBindingSyntax.self) == true { return "a stored closure" }
        if let list = parent.as(ExprListSyntax.self), list.count == 3,
            list.dropFirst().first?.is(AssignmentExprSyntax.self) == true, list.last?.id == closure.id
        {
            return "a stored closure"
        }
        let call: FunctionCallExprSyntax
        var label: String?
        var argumentIndex: Int?
        if let direct = parent.as(FunctionCallExprSyntax.self) {
            call = direct
        } else if let argument = parent.as(LabeledExprSyntax.self), let owner = argument.parent?.parent?.as(FunctionCallExprSyntax.self) {
            call = owner
            label = argument.label?.text
            argumentIndex = owner.arguments.firstIndex { $0.id == argument.id }.map { owner.arguments.distance(from: owner.arguments.startIndex, to: $0) }
        } else if let trailing = parent.as(MultipleTrailingClosureElementSyntax.self),
            let owner = trailing.parent?.parent?.as(FunctionCallExprSyntax.self)
        {
            call = owner
            label = trailing.label.text
        } else {
            return nil
        }
        // What the module declares wins over names: `@escaping` runs later, a plain closure parameter now.
        switch declaredTiming(of: call, argumentIndex: argumentIndex, label: label) {
        case .later(let reason): return reason
        case .now: return nil
        case nil: break
        }
        let callee = call.calledExpression
        let name: String
        if let reference = callee.as(DeclReferenceExprSyntax.self) {
            name = reference.baseName.text
            if name == "Task" { return "a Task" }
            // `MenuItem(title: …, handler: { … })`, `Signal { subscriber in … }`: an initializer keeps its closure.
            if name.first?.isUppercase == true && !Self.synchronousInitializers.contains(name) { return "a closure kept by '\(name)(…)'" }
        } else if let member = callee.as(MemberAccessExprSyntax.self) {
            name = member.declName.baseName.text
            if name == "detached", member.base?.trimmedSourceText == "Task" { return "a detached Task" }
            if name == "async" || name == "asyncAfter" { return "a closure dispatched with \(name)" }
            if Self.networkMethods.contains(name) && member.base != nil { return "a '\(name)' response handler" }
        } else {
            return nil
        }
        if afterTransactionCallbacks.contains(name) { return "an '\(name)' callback" }
        if let operatorName = Self.pipelineOperator(around: call) { return "a pipeline built with '\(operatorName)', run when it is subscribed to" }
        if Self.reactiveMethods.contains(name) { return "a '\(name)' callback" }
        if let label, Self.completionLabels.contains(label) { return "a completion handler" }
        return nil
    }

    /// The reason for the outermost escaping closure between a node and `root` (the transaction
    /// closure, or a helper's body).
    func escapingReason(of node: some SyntaxProtocol, inside root: SyntaxIdentifier) -> String? {
        var reason: String?
        var current = node.parent
        while let ancestor = current, ancestor.id != root {
            if let closure = ancestor.as(ClosureExprSyntax.self), let found = escapingReason(of: closure) {
                reason = found
            }
            current = ancestor.parent
        }
        return reason
    }

    /// `signal |> mapToSignal { … }`: the custom operator a call is an operand of. The parser
    /// leaves operators unfolded, as siblings in the sequence.
    private static func pipelineOperator(around call: FunctionCallExprSyntax) -> String? {
        var node = Syntax(call)
        while let parent = node.parent, parent.is(MemberAccessExprSyntax.self) || parent.is(FunctionCallExprSyntax.self) {
            node = parent
        }
        guard let sequence = node.parent?.as(ExprListSyntax.self) else { return nil }
        for element in sequence {
            if let name = element.as(BinaryOperatorExprSyntax.self)?.operator.text, !standardOperators.contains(name) { return name }
        }
        return nil
    }

    private enum DeclaredTiming {
        case later(String)
        case now
    }

    /// The timing the module's declaration states for a closure argument: `@escaping` (or an
    /// optional closure) runs later, a plain function-typed parameter during the call. nil when
    /// no single declaration of the module fits the call.
    private func declaredTiming(of call: FunctionCallExprSyntax, argumentIndex: Int?, label: String?) -> DeclaredTiming? {
        guard let module, let name = call.calleeBaseName else { return nil }
        let fitting = module.functions(named: name).compactMap { index in
            CallShape.bind(labels: call.argumentLabels, trailingClosures: call.trailingClosureCount, to: module.functions[index].facts.parameters)
                .map { (index, $0) }
        }
        guard fitting.count == 1, let (function, binding) = fitting.first else { return nil }
        let parameters = module.functions[function].facts.parameters
        let parameterIndex: Int?
        if let argumentIndex {
            parameterIndex = binding.first { $0.argument == argumentIndex }?.parameter
        } else if let label {
            parameterIndex = parameters.lastIndex { $0.label == label }
        } else {
            // The first trailing closure fills the first of the parameters left for trailing closures.
            parameterIndex = parameters.count - call.trailingClosureCount
        }
        guard let parameterIndex, parameters.indices.contains(parameterIndex) else { return nil }
        let parameter = parameters[parameterIndex]
        // `func update(…, completion: Completion?) { … db.afterNextTransaction(onCommit: completion) }`:
        // a closure forwarded into an after-commit callback is one.
        if let forward = module.summary(of: function).forwardedParameters.first(where: {
            $0.parameter == parameterIndex && afterTransactionCallbacks.contains($0.callee)
        }) {
            return .later("an '\(forward.callee)' callback, through '\(name)'")
        }
        if parameter.isEscapingClosure { return .later("a closure '\(name)' declares @escaping") }
        if parameter.isNonEscapingClosure { return .now }
        return nil
    }
}

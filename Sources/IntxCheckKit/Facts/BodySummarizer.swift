import SwiftSyntax

/// The summary of one function body: the chains it reads and the calls it makes, with local
/// aliases (`let s = self.store`) replaced by what they stand for and other locals left out.
///
/// Names are scoped as Swift scopes them: a closure's parameters and locals, `if let` and `for`
/// bindings, and a `catch` block's names exist inside that construct only; `guard let` binds for
/// the rest of its block.
final class BodySummarizer: SyntaxVisitor {
    let parameterIndex: [String: Int]
    let lines: LineTable
    /// The body summarized: timing is judged up to here.
    private let root: SyntaxIdentifier
    private let timing = ClosureTiming()
    private var aliases: [String: [String]] = [:]
    private var locals: Set<String> = []
    /// The bindings in effect outside each scope entered, restored when it is left.
    private var savedScopes: [(aliases: [String: [String]], locals: Set<String>)] = []
    /// Chains that initialize an alias: binding a name is not yet a use.
    private var aliasInitializers: Set<SyntaxIdentifier> = []
    /// Regions that run only when an optional parameter is nil.
    private var nilPaths: [(range: Range<AbsolutePosition>, parameter: Int)] = []
    private var seenReferences: Set<ChainFact> = []
    private var seenCalls: Set<CallFact> = []
    private(set) var references: [ChainFact] = []
    private(set) var calls: [CallFact] = []
    private(set) var parameterCalls: [ParameterCallFact] = []
    private(set) var forwardedParameters: [ParameterForwardFact] = []

    /// Parameters of plain data or closure types: never a connection handed on.
    private let plainParameters: Set<String>

    init(parameters: [String], plainParameters: Set<String> = [], lines: LineTable, root: some SyntaxProtocol) {
        self.plainParameters = plainParameters
        var index: [String: Int] = [:]
        for (position, name) in parameters.enumerated() where index[name] == nil { index[name] = position }
        parameterIndex = index
        self.lines = lines
        self.root = root.id
        super.init(viewMode: .sourceAccurate)
    }

    var summary: BodySummary {
        BodySummary(references: references, calls: calls, parameterCalls: parameterCalls, forwardedParameters: forwardedParameters)
    }

    // Local functions and types are declarations, not this body's work.
    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: MemberBlockSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    // MARK: Scopes

    private func enterScope() { savedScopes.append((aliases, locals)) }

    private func leaveScope() {
        guard let saved = savedScopes.popLast() else { return }
        aliases = saved.aliases
        locals = saved.locals
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind {
        enterScope()
        return .visitChildren
    }
    override func visitPost(_ node: ClosureExprSyntax) { leaveScope() }

    override func visit(_ node: CodeBlockSyntax) -> SyntaxVisitorContinueKind {
        enterScope()
        return .visitChildren
    }
    override func visitPost(_ node: CodeBlockSyntax) { leaveScope() }

    // `if let`, `while let`, `for x in`, `case let` and `catch let` bind for their own bodies only.
    override func visit(_ node: IfExprSyntax) -> SyntaxVisitorContinueKind {
        enterScope()
        if let elseBody = node.elseBody {
            for parameter in unwrappedParameters(node.conditions) { nilPaths.append((elseBody.position..<elseBody.endPosition, parameter)) }
        }
        // `if db == nil { … }`
        for condition in node.conditions {
            guard let comparison = condition.condition.as(SequenceExprSyntax.self), comparison.elements.count == 3,
                let name = comparison.elements.first?.as(DeclReferenceExprSyntax.self)?.baseName.text,
                comparison.elements.dropFirst().first?.as(BinaryOperatorExprSyntax.self)?.operator.text == "==",
                comparison.elements.last?.is(NilLiteralExprSyntax.self) == true,
                let parameter = parameterIndex[name], aliases[name] == nil, !locals.contains(name)
            else { continue }
            nilPaths.append((node.body.position..<node.body.endPosition, parameter))
        }
        return .visitChildren
    }
    override func visitPost(_ node: IfExprSyntax) { leaveScope() }

    override func visit(_ node: WhileStmtSyntax) -> SyntaxVisitorContinueKind {
        enterScope()
        return .visitChildren
    }
    override func visitPost(_ node: WhileStmtSyntax) { leaveScope() }

    override func visit(_ node: ForStmtSyntax) -> SyntaxVisitorContinueKind {
        enterScope()
        bind(node.pattern, to: nil)
        return .visitChildren
    }
    override func visitPost(_ node: ForStmtSyntax) { leaveScope() }

    override func visit(_ node: SwitchCaseSyntax) -> SyntaxVisitorContinueKind {
        enterScope()
        return .visitChildren
    }
    override func visitPost(_ node: SwitchCaseSyntax) { leaveScope() }

    override func visit(_ node: CatchClauseSyntax) -> SyntaxVisitorContinueKind {
        enterScope()
        declareLocal("error")
        return .visitChildren
    }
    override func visitPost(_ node: CatchClauseSyntax) { leaveScope() }

    override func visit(_ node: ValueBindingPatternSyntax) -> SyntaxVisitorContinueKind {
        // `case let .some(x)`, `catch let e`: pattern names outside a plain binding.
        if node.parent?.is(PatternBindingSyntax.self) != true {
            for token in node.pattern.tokens(viewMode: .sourceAccurate) where token.tokenKind.isIdentifier { declareLocal(token.text) }
        }
        return .visitChildren
    }

    // A binding takes effect after its initializer: in `let context = context ?? Store.main` the
    // right side still reads the parameter.
    override func visit(_ node: PatternBindingSyntax) -> SyntaxVisitorContinueKind {
        markAliasInitializer(node.pattern, node.initializer?.value)
        return .visitChildren
    }
    override func visitPost(_ node: PatternBindingSyntax) { bind(node.pattern, to: node.initializer?.value) }

    override func visit(_ node: OptionalBindingConditionSyntax) -> SyntaxVisitorContinueKind {
        markAliasInitializer(node.pattern, node.initializer?.value)
        return .visitChildren
    }
    // `if let db` keeps what `db` was.
    override func visitPost(_ node: OptionalBindingConditionSyntax) {
        if let initializer = node.initializer?.value { bind(node.pattern, to: initializer) }
    }

    override func visit(_ node: ClosureSignatureSyntax) -> SyntaxVisitorContinueKind {
        let handed = handedParameter(toCallOf: node)
        for (position, name) in node.parameterNames.enumerated() {
            if position == 0, let handed {
                // `Store.perform(context: context) { context in … }`: a call handed the caller's
                // connection runs its closure with that connection.
                aliases[name] = [handed]
                locals.remove(name)
            } else {
                declareLocal(name)
            }
        }
        return .visitChildren
    }

    /// The parameter handed to the call a closure is an argument of, when exactly one is.
    private func handedParameter(toCallOf signature: ClosureSignatureSyntax) -> String? {
        guard let closure = signature.parent?.as(ClosureExprSyntax.self) else { return nil }
        let call: FunctionCallExprSyntax?
        if let direct = closure.parent?.as(FunctionCallExprSyntax.self) {
            call = direct
        } else {
            call = closure.parent?.as(LabeledExprSyntax.self)?.parent?.parent?.as(FunctionCallExprSyntax.self)
        }
        guard let call else { return nil }
        let handed = call.arguments.compactMap { argument -> String? in
            guard argument.expression.id != ExprSyntax(closure).id,
                let name = argument.expression.handedValue.as(DeclReferenceExprSyntax.self)?.baseName.text,
                parameterIndex[name] != nil, !plainParameters.contains(name), aliases[name] == nil, !locals.contains(name)
            else { return nil }
            return name
        }
        return handed.count == 1 ? handed[0] : nil
    }

    override func visit(_ node: GuardStmtSyntax) -> SyntaxVisitorContinueKind {
        for parameter in unwrappedParameters(node.conditions) {
            nilPaths.append((node.body.position..<node.body.endPosition, parameter))
        }
        return .visitChildren
    }

    /// `context ?? DataController.viewContext`: the right side runs only when the parameter is nil.
    override func visit(_ node: SequenceExprSyntax) -> SyntaxVisitorContinueKind {
        let elements = Array(node.elements)
        for (offset, element) in elements.enumerated() where offset > 0 && offset + 1 < elements.count {
            guard element.as(BinaryOperatorExprSyntax.self)?.operator.text == "??",
                let name = elements[offset - 1].passedValue.as(DeclReferenceExprSyntax.self)?.baseName.text,
                let parameter = parameterIndex[name], aliases[name] == nil, !locals.contains(name)
            else { continue }
            let rest = elements[offset + 1]
            nilPaths.append((rest.position..<node.endPosition, parameter))
        }
        return .visitChildren
    }

    // MARK: References and calls

    override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        if let member = node.parent?.as(MemberAccessExprSyntax.self), Syntax(member.declName) == Syntax(node) { return .skipChildren }
        // An unqualified call is recorded as a call.
        if Syntax(node).isCallee { return .skipChildren }
        guard var chain = resolved(node) else { return .skipChildren }
        var site = Syntax(node)
        while let member = site.memberAccessOnSelf {
            chain.append(member.declName.baseName.text)
            site = Syntax(member)
        }
        // A bare name read as a value (`x + 1`, `return x`) is no database call; only chains with a
        // member, arguments and collection elements can be uses.
        if chain.count == 1 && chain[0] != "self" && !site.isCallArgument && !site.isCollectionElement { return .skipChildren }
        if aliasInitializers.contains(site.valueSite.id) { return .skipChildren }
        var fact = ChainFact(
            root: chain[0], members: Array(chain.dropFirst()), line: 0, column: 0, nilPathOf: nilPath(at: node.position),
            deferredBy: timing.escapingReason(of: node, inside: root), handedParameters: handedParameters(ofCallOn: site))
        guard seenReferences.insert(fact).inserted else { return .skipChildren }
        let location = lines.location(of: node.positionAfterSkippingLeadingTrivia)
        fact.line = location.line
        fact.column = location.column
        references.append(fact)
        return .skipChildren
    }

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        let arguments = node.arguments.map { ReferenceChain($0.expression.handedValue).flatMap(resolved) }
        recordForwards(node)
        let receiver: [String]?
        let name: String
        if let reference = node.calledExpression.as(DeclReferenceExprSyntax.self) {
            name = reference.baseName.text
            if let parameter = parameterIndex[name], aliases[name] == nil, !locals.contains(name) {
                parameterCalls.append(ParameterCallFact(parameter: parameter, arguments: arguments))
                return .visitChildren
            }
            if locals.contains(name) || aliases[name] != nil { return .visitChildren }
            receiver = nil
        } else if let member = node.calledExpression.as(MemberAccessExprSyntax.self), let base = member.base,
            let chain = ReferenceChain(base), let resolvedBase = resolved(chain),
            Self.mayNameCallee(resolvedBase, parameters: parameterIndex)
        {
            name = member.declName.baseName.text
            receiver = resolvedBase
        } else {
            return .visitChildren
        }
        var call = CallFact(
            receiver: receiver, name: name, labels: node.argumentLabels, trailingClosures: node.trailingClosureCount,
            arguments: arguments, line: 0, column: 0, nilPathOf: nilPath(at: node.position),
            deferredBy: timing.escapingReason(of: node, inside: root))
        // The first of identical calls stands for all: the module pass asks only whether one reaches the store.
        guard seenCalls.insert(call).inserted else { return .visitChildren }
        let location = lines.location(of: node.calledExpression.positionAfterSkippingLeadingTrivia)
        call.line = location.line
        call.column = location.column
        calls.append(call)
        return .visitChildren
    }

    /// The receivers the module pass can follow a call through: `self`, a type (`Outbox`,
    /// `Self`), a name that may be a property of `self`, `self.property`, or a type's shared
    /// instance (`Storage.shared`). A call on a parameter reaches nothing the module declares.
    static func mayNameCallee(_ receiver: [String], parameters: [String: Int]) -> Bool {
        switch receiver.count {
        case 1: return parameters[receiver[0]] == nil
        case 2: return receiver[0] == "self" || receiver[0].first?.isUppercase == true
        default: return false
        }
    }

    /// `db.afterNextTransaction(onCommit: completion)`: a parameter passed on, by the callee's name.
    private func recordForwards(_ node: FunctionCallExprSyntax) {
        guard let callee = node.calleeBaseName else { return }
        for argument in node.arguments {
            guard let name = argument.expression.passedValue.as(DeclReferenceExprSyntax.self)?.baseName.text,
                let parameter = parameterIndex[name], aliases[name] == nil, !locals.contains(name)
            else { continue }
            let forward = ParameterForwardFact(parameter: parameter, callee: callee)
            if !forwardedParameters.contains(forward) { forwardedParameters.append(forward) }
        }
    }

    /// The parameters handed to the call a chain is the receiver of (`DataController.perform(context: context)`).
    private func handedParameters(ofCallOn site: Syntax) -> [Int] {
        guard site.valueSite.isCallee, let call = site.valueSite.parent?.as(FunctionCallExprSyntax.self) else { return [] }
        return call.arguments.compactMap { argument in
            guard let name = argument.expression.handedValue.as(DeclReferenceExprSyntax.self)?.baseName.text,
                aliases[name] == nil, !locals.contains(name)
            else { return nil }
            return parameterIndex[name]
        }
    }

    private func resolved(_ chain: ReferenceChain) -> [String]? {
        resolved(chain.root).map { $0 + chain.members }
    }

    /// The chain a root name stands for: `self`, a parameter or outer name as written, an alias's
    /// target; nil for other locals.
    private func resolved(_ reference: DeclReferenceExprSyntax) -> [String]? {
        if reference.baseName.tokenKind == .keyword(.self) { return ["self"] }
        let name = reference.baseName.text
        if let target = aliases[name] { return target }
        if locals.contains(name) { return nil }
        return [name]
    }

    /// A chain that initializes an alias is not itself a use.
    private func markAliasInitializer(_ pattern: PatternSyntax, _ initializer: ExprSyntax?) {
        guard pattern.is(IdentifierPatternSyntax.self), let initializer, let chain = ReferenceChain(initializer), resolved(chain) != nil else { return }
        aliasInitializers.insert(Syntax(initializer).id)
    }

    private func bind(_ pattern: PatternSyntax, to initializer: ExprSyntax?) {
        guard let identifier = pattern.as(IdentifierPatternSyntax.self) else {
            for token in pattern.tokens(viewMode: .sourceAccurate) where token.tokenKind.isIdentifier { declareLocal(token.text) }
            return
        }
        let name = identifier.identifier.text
        if let initializer, aliasInitializers.contains(Syntax(initializer).id), let chain = ReferenceChain(initializer), let target = resolved(chain) {
            aliases[name] = target
            locals.remove(name)
        } else if let initializer, let preferred = Self.preferredOperand(initializer), let chain = ReferenceChain(preferred),
            let target = resolved(chain), parameterIndex[target[0]] != nil
        {
            // `let context = context ?? self.context`: the parameter when a caller passed one; the
            // fallback is read on its nil path.
            aliases[name] = target
            locals.remove(name)
        } else {
            declareLocal(name)
        }
    }

    /// `a` in `a ?? b`.
    private static func preferredOperand(_ expression: ExprSyntax) -> ExprSyntax? {
        guard let sequence = expression.passedValue.as(SequenceExprSyntax.self), sequence.elements.count >= 3,
            sequence.elements.dropFirst().first?.as(BinaryOperatorExprSyntax.self)?.operator.text == "??"
        else { return nil }
        return sequence.elements.first
    }

    private func declareLocal(_ name: String) {
        aliases[name] = nil
        locals.insert(name)
    }

    /// Parameters unwrapped by `guard let db`, `guard let db = db`, `if let db`.
    private func unwrappedParameters(_ conditions: ConditionElementListSyntax) -> [Int] {
        conditions.compactMap { condition in
            guard let binding = condition.condition.as(OptionalBindingConditionSyntax.self) else { return nil }
            let source: String?
            if let initializer = binding.initializer?.value {
                source = initializer.as(DeclReferenceExprSyntax.self)?.baseName.text
            } else {
                source = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text
            }
            guard let source, aliases[source] == nil, !locals.contains(source) else { return nil }
            return parameterIndex[source]
        }
    }

    private func nilPath(at position: AbsolutePosition) -> Int? {
        nilPaths.last { $0.range.contains(position) }?.parameter
    }
}

extension TokenKind {
    var isIdentifier: Bool {
        if case .identifier = self { return true }
        return false
    }
}

extension ExprSyntax {
    /// An argument as the value it hands over: ``passedValue``, the value inside an enum case
    /// that wraps it (`.existing(context)`), which still carries the same connection, and the
    /// preferred side of `context ?? self.context`.
    var handedValue: ExprSyntax {
        let value = passedValue
        if let sequence = value.as(SequenceExprSyntax.self), sequence.elements.count >= 3,
            sequence.elements.dropFirst().first?.as(BinaryOperatorExprSyntax.self)?.operator.text == "??", let first = sequence.elements.first
        {
            return first.passedValue
        }
        if let call = value.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self),
            member.base == nil, call.arguments.count == 1, let only = call.arguments.first, call.trailingClosure == nil
        {
            return only.expression.passedValue
        }
        return value
    }
}

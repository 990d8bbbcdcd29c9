import Foundation

import SwiftSyntax

import ToolSupport

/// Computes a file's ``FileFacts`` in one pass over its tree: the members of each type and the
/// signature of each method and free function. Bodies are summarized apart, when asked for
/// (``FunctionBodies``): the module pass needs only the functions a transaction can reach.
enum FactExtractor {
    /// Declarations only; the bodies stay in the tree for summaries asked for later.
    static func declarations(of tree: SourceFileSyntax, bytes: [UInt8]) -> (facts: FileFacts, bodies: FunctionBodies) {
        let collector = DeclarationCollector(lines: LineTable(bytes))
        collector.walk(tree)
        return (collector.facts, FunctionBodies(lines: collector.lines, declarations: collector.declarations))
    }
}

/// A parsed file's functions, in the order of its facts, to summarize on demand.
struct FunctionBodies: Sendable {
    let lines: LineTable
    let declarations: [FunctionDeclSyntax]

    func summary(of index: Int) -> BodySummary {
        let declaration = declarations[index]
        let parameters = declaration.signature.parameterClause.parameters.map { ($0.secondName ?? $0.firstName).text }
        let summarizer = BodySummarizer(parameters: parameters, lines: lines)
        if let body = declaration.body { summarizer.walk(body) }
        return BodySummary(references: summarizer.references, calls: summarizer.calls)
    }
}

/// Line starts of a file's bytes: line and (UTF-8) column of an offset, as
/// `SourceLocationConverter` gives them, without walking the tree to build one.
struct LineTable {
    private var starts: [Int] = [0]

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
    }

    func location(of position: AbsolutePosition) -> (line: Int, column: Int) {
        let offset = position.utf8Offset
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - starts[low] + 1)
    }
}

private final class DeclarationCollector: SyntaxVisitor {
    let lines: LineTable
    var facts = FileFacts()
    /// The function declarations, parallel to `facts.functions`.
    var declarations: [FunctionDeclSyntax] = []

    init(lines: LineTable) {
        self.lines = lines
        super.init(viewMode: .sourceAccurate)
    }

    override func visit(_ node: MemberBlockSyntax) -> SyntaxVisitorContinueKind {
        guard let owner = node.parent, let key = TypeIndex.typeKey(of: owner) else { return .visitChildren }
        var members = facts.types[key] ?? TypeFacts()
        collect(node.members, into: &members)
        facts.types[key] = members
        return .visitChildren
    }

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        let isStatic = node.modifiers.contains { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) }
        let parameters = node.signature.parameterClause.parameters.map { parameter in
            ParameterFacts(
                label: parameter.firstName.tokenKind == .wildcard ? nil : parameter.firstName.text,
                name: (parameter.secondName ?? parameter.firstName).text,
                hasDefault: parameter.defaultValue != nil, isVariadic: parameter.ellipsis != nil)
        }
        let location = lines.location(of: node.name.positionAfterSkippingLeadingTrivia)
        facts.functions.append(FunctionFacts(
            name: node.name.text, typeKey: TypeIndex.enclosingTypeKey(of: node), isStatic: isStatic, parameters: parameters,
            line: location.line, column: location.column))
        declarations.append(node)
        return .skipChildren
    }

    // Bodies of initializers, accessors and top-level closures declare no members and are no helpers.
    override func visit(_ node: CodeBlockSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    /// Members, including those inside `#if` clauses (either branch may be the one compiled).
    private func collect(_ items: MemberBlockItemListSyntax, into members: inout TypeFacts) {
        for item in items {
            let decl = item.decl
            if let function = decl.as(FunctionDeclSyntax.self) {
                members.names.insert(function.name.text)
                members.methodNames.insert(function.name.text)
            } else if let variable = decl.as(VariableDeclSyntax.self) {
                for binding in variable.bindings {
                    guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else { continue }
                    members.names.insert(identifier.identifier.text)
                    if let type = DeclaredType.of(binding) { members.propertyTypes[identifier.identifier.text] = type }
                }
            } else if let enumCase = decl.as(EnumCaseDeclSyntax.self) {
                for element in enumCase.elements { members.names.insert(element.name.text) }
            } else if let ifConfig = decl.as(IfConfigDeclSyntax.self) {
                for clause in ifConfig.clauses {
                    if case .decls(let nested) = clause.elements { collect(nested, into: &members) }
                }
            } else if let named = decl.asProtocol(NamedDeclSyntax.self) {
                members.names.insert(named.name.text)
            }
        }
    }
}

/// The summary of one function body: the chains it reads and the calls it makes, with local
/// aliases (`let s = self.store`) replaced by what they stand for and other locals left out.
/// Scopes are approximated by source order, which is how bodies are written.
private final class BodySummarizer: SyntaxVisitor {
    let parameterIndex: [String: Int]
    let lines: LineTable
    private var aliases: [String: [String]] = [:]
    private var locals: Set<String> = []
    /// Chains that initialize an alias: binding a name is not yet a use.
    private var aliasInitializers: Set<SyntaxIdentifier> = []
    /// Regions that run only when an optional parameter is nil.
    private var nilPaths: [(range: Range<AbsolutePosition>, parameter: Int)] = []
    private var seenReferences: Set<ChainFact> = []
    private var seenCalls: Set<CallFact> = []
    private(set) var references: [ChainFact] = []
    private(set) var calls: [CallFact] = []

    init(parameters: [String], lines: LineTable) {
        var index: [String: Int] = [:]
        for (position, name) in parameters.enumerated() where index[name] == nil { index[name] = position }
        parameterIndex = index
        self.lines = lines
        super.init(viewMode: .sourceAccurate)
    }

    // Local functions and types are declarations, not this body's work.
    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: MemberBlockSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ node: PatternBindingSyntax) -> SyntaxVisitorContinueKind {
        bind(node.pattern, to: node.initializer?.value)
        return .visitChildren
    }

    override func visit(_ node: OptionalBindingConditionSyntax) -> SyntaxVisitorContinueKind {
        if let initializer = node.initializer?.value {
            bind(node.pattern, to: initializer)
        }
        // `if let db` keeps what `db` was.
        return .visitChildren
    }

    override func visit(_ node: ClosureSignatureSyntax) -> SyntaxVisitorContinueKind {
        for name in node.parameterNames { declareLocal(name) }
        return .visitChildren
    }

    override func visit(_ node: ForStmtSyntax) -> SyntaxVisitorContinueKind {
        bind(node.pattern, to: nil)
        return .visitChildren
    }

    override func visit(_ node: GuardStmtSyntax) -> SyntaxVisitorContinueKind {
        for parameter in unwrappedParameters(node.conditions) {
            nilPaths.append((node.body.position..<node.body.endPosition, parameter))
        }
        return .visitChildren
    }

    override func visit(_ node: IfExprSyntax) -> SyntaxVisitorContinueKind {
        if let elseBody = node.elseBody {
            for parameter in unwrappedParameters(node.conditions) { nilPaths.append((elseBody.position..<elseBody.endPosition, parameter)) }
        }
        // `if db == nil { … }`
        for condition in node.conditions {
            guard let comparison = condition.condition.as(InfixOperatorExprSyntax.self),
                comparison.operator.as(BinaryOperatorExprSyntax.self)?.operator.text == "==",
                comparison.rightOperand.is(NilLiteralExprSyntax.self),
                let name = comparison.leftOperand.as(DeclReferenceExprSyntax.self)?.baseName.text,
                let parameter = parameterIndex[name], aliases[name] == nil, !locals.contains(name)
            else { continue }
            nilPaths.append((node.body.position..<node.body.endPosition, parameter))
        }
        return .visitChildren
    }

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
        var fact = ChainFact(root: chain[0], members: Array(chain.dropFirst()), line: 0, column: 0, nilPathOf: nilPath(at: node.position))
        guard seenReferences.insert(fact).inserted else { return .skipChildren }
        let location = lines.location(of: node.positionAfterSkippingLeadingTrivia)
        fact.line = location.line
        fact.column = location.column
        references.append(fact)
        return .skipChildren
    }

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        let receiver: [String]?
        let name: String
        if let reference = node.calledExpression.as(DeclReferenceExprSyntax.self) {
            name = reference.baseName.text
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
            arguments: node.arguments.map { ReferenceChain($0.expression.passedValue).flatMap(resolved) },
            line: 0, column: 0, nilPathOf: nilPath(at: node.position))
        // The first of identical calls stands for all: the module pass asks only whether one reaches the store.
        guard seenCalls.insert(call).inserted else { return .visitChildren }
        let location = lines.location(of: node.calledExpression.positionAfterSkippingLeadingTrivia)
        call.line = location.line
        call.column = location.column
        calls.append(call)
        return .visitChildren
    }

    /// The receivers the module pass can follow a call through: `self`, a type (`Outbox`,
    /// `Self`), a name that may be a property of `self`, or `self.property`. A call on a parameter
    /// or on a longer chain (`db.execute`, `app.db.query`) reaches nothing the module declares.
    static func mayNameCallee(_ receiver: [String], parameters: [String: Int]) -> Bool {
        switch receiver.count {
        case 1: return parameters[receiver[0]] == nil
        case 2: return receiver[0] == "self"
        default: return false
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

    private func bind(_ pattern: PatternSyntax, to initializer: ExprSyntax?) {
        guard let identifier = pattern.as(IdentifierPatternSyntax.self) else {
            for token in pattern.tokens(viewMode: .sourceAccurate) where token.tokenKind.isIdentifier { declareLocal(token.text) }
            return
        }
        let name = identifier.identifier.text
        if let initializer, let chain = ReferenceChain(initializer), let target = resolved(chain) {
            aliases[name] = target
            locals.remove(name)
            aliasInitializers.insert(Syntax(initializer).id)
        } else {
            declareLocal(name)
        }
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

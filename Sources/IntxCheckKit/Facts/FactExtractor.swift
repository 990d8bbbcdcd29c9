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
        let declared = declaration.signature.parameterClause.parameters
        let parameters = declared.map { ($0.secondName ?? $0.firstName).text }
        let plain = declared.filter { ClosureParameterKind($0.type) != nil || TypeIndex.plainValueTypes.contains(DeclaredType.normalized($0.type)) }
        guard let body = declaration.body else { return BodySummary(references: [], calls: []) }
        let summarizer = BodySummarizer(
            parameters: parameters, plainParameters: Set(plain.map { ($0.secondName ?? $0.firstName).text }), lines: lines, root: body)
        summarizer.walk(body)
        return summarizer.summary
    }
}

final class DeclarationCollector: SyntaxVisitor {
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
        let parameters = node.signature.parameterClause.parameters.map(parameterFacts)
        let location = lines.location(of: node.name.positionAfterSkippingLeadingTrivia)
        facts.functions.append(FunctionFacts(
            name: node.name.text, typeKey: TypeIndex.enclosingTypeKey(of: node), isStatic: isStatic, parameters: parameters,
            line: location.line, column: location.column))
        declarations.append(node)
        return .skipChildren
    }

    private func parameterFacts(_ parameter: FunctionParameterSyntax) -> ParameterFacts {
        var facts = ParameterFacts(
            label: parameter.firstName.tokenKind == .wildcard ? nil : parameter.firstName.text,
            name: (parameter.secondName ?? parameter.firstName).text,
            hasDefault: parameter.defaultValue != nil, isVariadic: parameter.ellipsis != nil)
        switch ClosureParameterKind(parameter.type) {
        case .escaping: facts.isEscapingClosure = true
        case .nonEscaping: facts.isNonEscapingClosure = true
        case nil: break
        }
        if let value = parameter.defaultValue?.value, let chain = ReferenceChain(value) {
            facts.defaultChain = [chain.root.baseName.text] + chain.members
            let location = lines.location(of: value.positionAfterSkippingLeadingTrivia)
            facts.defaultLine = location.line
            facts.defaultColumn = location.column
        }
        return facts
    }

    // Bodies of initializers, accessors and top-level closures declare no members and are no helpers.
    override func visit(_ node: CodeBlockSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    /// A getter that is one chain of names: `{ container.viewContext }`, `{ get { self.pool } }`,
    /// `{ return Self.shared.db }`; `self.` is left out.
    static func computedChain(of binding: PatternBindingSyntax) -> [String]? {
        guard let accessors = binding.accessorBlock?.accessors else { return nil }
        let body: CodeBlockItemListSyntax
        switch accessors {
        case .getter(let items): body = items
        case .accessors(let list):
            guard list.count == 1, let getter = list.first, getter.accessorSpecifier.tokenKind == .keyword(.get),
                let items = getter.body?.statements
            else { return nil }
            body = items
        }
        guard body.count == 1, let item = body.first else { return nil }
        let expression: ExprSyntax?
        switch item.item {
        case .expr(let value): expression = value
        case .stmt(let statement): expression = statement.as(ReturnStmtSyntax.self)?.expression
        default: expression = nil
        }
        guard let expression, let chain = ReferenceChain(expression) else { return nil }
        if chain.root.baseName.tokenKind == .keyword(.self) { return chain.members.isEmpty ? nil : chain.members }
        return [chain.root.baseName.text] + chain.members
    }

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
                    if let chain = Self.computedChain(of: binding) { members.computedChains[identifier.identifier.text] = chain }
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


/// Whether a parameter's type is a closure, and whether it escapes: `@escaping` and optional
/// function types (implicitly escaping) run later; a plain function type runs during the call.
enum ClosureParameterKind {
    case escaping
    case nonEscaping

    init?(_ type: TypeSyntax) {
        var current = type
        var escaping = false
        while true {
            if let attributed = current.as(AttributedTypeSyntax.self) {
                escaping = escaping || attributed.attributes.contains { $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "escaping" }
                current = attributed.baseType
            } else if let optional = current.as(OptionalTypeSyntax.self) {
                escaping = true
                current = optional.wrappedType
            } else if let unwrapped = current.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
                escaping = true
                current = unwrapped.wrappedType
            } else if let tuple = current.as(TupleTypeSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first {
                current = only.type
            } else {
                break
            }
        }
        guard current.is(FunctionTypeSyntax.self) else { return nil }
        self = escaping ? .escaping : .nonEscaping
    }
}

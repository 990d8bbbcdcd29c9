import SwiftSyntax

import ToolSupport

/// What the route reader needs to know about the module: its functions (to follow collections,
/// controllers and helpers that take or return a route builder), its types (which names are the
/// app's own, what each conforms to), its named values (path constants such as
/// `static let uri: PathComponent = "users"`, stored properties and their types), and its enums
/// (paths spelled by an enum's computed `path`).
struct RouteDeclarations {
    struct Function: Sendable {
        let decl: FunctionDeclSyntax
        /// The enclosing or extended type's name (`RouteTypeName`); nil for a free function.
        let typeName: String?
        let source: FileContext

        var file: String { source.displayPath }

        /// The parameters' names inside the body (`to group:` → `group`).
        var parameterNames: [String] {
            decl.signature.parameterClause.parameters.map { ($0.secondName ?? $0.firstName).text }
        }

        var parameters: FunctionParameterListSyntax { decl.signature.parameterClause.parameters }

        var id: String { "\(file):\(decl.position.utf8Offset)" }

        var isStatic: Bool {
            decl.modifiers.contains { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) }
        }

        /// `UsersController.addRoutes(to:)`, as notes name a candidate.
        var signature: String {
            let labels = parameters.map { ($0.firstName.tokenKind == .wildcard ? "_" : $0.firstName.text) + ":" }.joined()
            return (typeName.map { "\($0)." } ?? "") + "\(decl.name.text)(\(labels))"
        }

        /// Where the function's name is.
        var location: InputLocation {
            let position = source.converter.location(for: decl.name.positionAfterSkippingLeadingTrivia)
            return InputLocation(file: file, line: position.line, column: position.column)
        }

        /// The type a parameter is declared with, a generic parameter read as its constraint
        /// (`func add<C: Controller>(_ c: C)` takes a `Controller`).
        func declaredType(of parameter: FunctionParameterSyntax) -> String {
            let written = parameter.type.trimmedDescription
            guard let name = RouteTypeName(written)?.name,
                let generic = decl.genericParameterClause?.parameters.first(where: { $0.name.text == name })
            else { return written }
            return generic.inheritedType?.trimmedDescription ?? written
        }
    }

    /// A named value of the module: `let`, `var` with an initializer, or a computed `var` whose
    /// getter is one expression.
    struct Value: Sendable {
        let type: String?
        let initializer: ExprSyntax?
        /// A computed property's accessors.
        let accessors: AccessorBlockSyntax?
        let source: FileContext

        var file: String { source.displayPath }

        /// The value's expression: its initializer, or the getter when that is one expression.
        var expression: ExprSyntax? { initializer ?? getterStatements?.singleExpression }

        /// Of two declarations of one name (a protocol's requirement and its extension's
        /// default), the first that has a value.
        func preferred(over other: Value) -> Value {
            expression == nil && getterStatements == nil && (other.expression != nil || other.getterStatements != nil) ? other : self
        }

        /// The getter's statements of a computed property.
        var getterStatements: CodeBlockItemListSyntax? {
            switch accessors?.accessors {
            case .getter(let items): items
            case .accessors(let list): list.first { $0.accessorSpecifier.tokenKind == .keyword(.get) }?.body?.statements
            case nil: nil
            }
        }
    }

    let frameworks: RouteFramework
    private(set) var functions: [Function] = []
    private var functionsByName: [String: [Function]] = [:]
    /// Named values by name, and by `Type.name` (a protocol extension's under the protocol).
    private(set) var values: [String: Value] = [:]
    /// The module's enums, the types it declares (struct, class, enum, actor, protocol), its
    /// protocols, and the types each type conforms to or inherits from.
    private(set) var enums: [String: EnumDeclSyntax] = [:]
    private(set) var declaredTypes: Set<String> = []
    private(set) var protocols: Set<String> = []
    private(set) var conformances: [String: [String]] = [:]
    /// The base names of every call in the module.
    private(set) var calledNames: Set<String> = []
    /// The getters of the properties a framework reads the routes from (`var responder`).
    private(set) var entryGetters: [(getter: AccessorBlockSyntax, typeName: String?, source: FileContext)] = []
    /// Whether any file has top-level statements (`main.swift`).
    private(set) var hasTopLevelCode = false

    init(files: [FileContext], frameworks: RouteFramework = .known) {
        self.frameworks = frameworks
        // Each file's declarations on its own, in parallel; merged in the files' order.
        let collected = parallelMap(files) { file in
            let collector = Collector(source: file, entryProperties: frameworks.entryProperties)
            collector.walk(file.tree)
            return collector.declarations
        }
        for (file, collector) in zip(files, collected) {
            functions += collector.functions
            values.merge(collector.values) { first, second in first.preferred(over: second) }
            enums.merge(collector.enums) { first, _ in first }
            declaredTypes.formUnion(collector.declaredTypes)
            protocols.formUnion(collector.protocols)
            conformances.merge(collector.conformances) { $0 + $1 }
            calledNames.formUnion(collector.calledNames)
            entryGetters += collector.entryGetters
            hasTopLevelCode = hasTopLevelCode || file.tree.statements.contains { !$0.item.is(DeclSyntax.self) }
        }
        functionsByName = Dictionary(grouping: functions) { $0.decl.name.text }
    }

    /// The functions named so whose parameters take the call's arguments, each with its
    /// arguments bound to its parameters.
    func functions(named name: String, fitting call: FunctionCallExprSyntax, where include: (Function) -> Bool = { _ in true })
        -> [(function: Function, arguments: [[ExprSyntax]])]
    {
        let trailing = (call.trailingClosure == nil ? 0 : 1) + call.additionalTrailingClosures.count
        return (functionsByName[name] ?? []).compactMap { function in
            guard include(function) else { return nil }
            return ArgumentBinding.bind(Array(call.arguments), trailingClosures: trailing, to: function.parameters).map { (function, $0) }
        }
    }

    func isBuilderType(_ text: String) -> Bool { frameworks.isBuilderType(text) }

    /// Whether the module declares the type (not only extends it).
    func isAppType(_ name: String) -> Bool { declaredTypes.contains(name) }

    /// The type, what it conforms to or inherits from, and so on up, the type first.
    func supertypes(of name: String) -> [String] {
        var seen: [String] = []
        var queue = [name]
        while let next = queue.first {
            queue.removeFirst()
            guard !seen.contains(next) else { continue }
            seen.append(next)
            queue += conformances[next] ?? []
        }
        return seen
    }

    /// The module's types that conform to a protocol or inherit from a class, directly or not.
    func conformers(of name: String) -> [String] {
        declaredTypes.filter { $0 != name && supertypes(of: $0).contains(name) }.sorted()
    }

    /// A named value as code names it: `uri`, `User.uri`, `Self.uri`, or a member of a protocol
    /// the type conforms to.
    func value(named name: String, in typeName: String?) -> Value? {
        if let typeName {
            for type in supertypes(of: typeName) {
                if let found = values["\(type).\(name)"] { return found }
            }
        }
        return values[name]
    }

    /// A member of a type, never a global of the same name.
    func member(named name: String, of typeName: String) -> Value? {
        for type in supertypes(of: typeName) {
            if let found = values["\(type).\(name)"] { return found }
        }
        return nil
    }

    /// A computed property of a builder type (`extension RoutesBuilder { var admin: RoutesBuilder
    /// { … } }`) and the type it extends.
    func builderProperty(named name: String) -> (type: String, value: Value)? {
        for type in frameworks.builderTypes.sorted() {
            if let value = values["\(type).\(name)"], let declared = value.type, isBuilderType(declared), value.getterStatements != nil {
                return (type, value)
            }
        }
        return nil
    }

    /// The module's functions of this name that return a path: a path type, or `Self` in an
    /// extension of a path component type (`static func fragment(_:) -> Self`).
    func pathFunctions(named name: String) -> [Function] {
        (functionsByName[name] ?? []).filter { function in
            guard let returned = function.decl.signature.returnClause?.type.trimmedDescription else { return false }
            return frameworks.isPathType(returned)
                || (returned == "Self" && function.typeName.map { frameworks.pathComponentTypes.contains($0) } == true)
        }
    }

    /// What one file declares, as `Collector` found it.
    private struct FileDeclarations: Sendable {
        var functions: [Function]
        var values: [String: Value]
        var enums: [String: EnumDeclSyntax]
        var declaredTypes: Set<String>
        var protocols: Set<String>
        var conformances: [String: [String]]
        var calledNames: Set<String>
        var entryGetters: [(getter: AccessorBlockSyntax, typeName: String?, source: FileContext)]
    }

    private final class Collector: SyntaxVisitor {
        let source: FileContext
        var functions: [Function] = []
        var values: [String: Value] = [:]
        var enums: [String: EnumDeclSyntax] = [:]
        var declaredTypes: Set<String> = []
        var protocols: Set<String> = []
        var conformances: [String: [String]] = [:]
        var calledNames: Set<String> = []
        let entryProperties: Set<String>
        var entryGetters: [(getter: AccessorBlockSyntax, typeName: String?, source: FileContext)] = []

        var declarations: FileDeclarations {
            FileDeclarations(
                functions: functions, values: values, enums: enums, declaredTypes: declaredTypes, protocols: protocols,
                conformances: conformances, calledNames: calledNames, entryGetters: entryGetters)
        }

        init(source: FileContext, entryProperties: Set<String>) {
            self.source = source
            self.entryProperties = entryProperties
            super.init(viewMode: .sourceAccurate)
        }

        override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
            functions.append(Function(decl: node, typeName: Self.enclosingTypeName(of: node), source: source))
            return .visitChildren
        }

        override func visit(_ node: EnumDeclSyntax) -> SyntaxVisitorContinueKind {
            enums[node.name.text] = enums[node.name.text] ?? node
            declare(node.name.text, node.inheritanceClause)
            return .visitChildren
        }

        override func visit(_ node: StructDeclSyntax) -> SyntaxVisitorContinueKind {
            declare(node.name.text, node.inheritanceClause)
            return .visitChildren
        }

        override func visit(_ node: ClassDeclSyntax) -> SyntaxVisitorContinueKind {
            declare(node.name.text, node.inheritanceClause)
            return .visitChildren
        }

        override func visit(_ node: ActorDeclSyntax) -> SyntaxVisitorContinueKind {
            declare(node.name.text, node.inheritanceClause)
            return .visitChildren
        }

        override func visit(_ node: ProtocolDeclSyntax) -> SyntaxVisitorContinueKind {
            declare(node.name.text, node.inheritanceClause)
            protocols.insert(node.name.text)
            return .visitChildren
        }

        override func visit(_ node: ExtensionDeclSyntax) -> SyntaxVisitorContinueKind {
            if let name = RouteTypeName(node.extendedType.trimmedDescription)?.name { conform(name, node.inheritanceClause) }
            return .visitChildren
        }

        private func declare(_ name: String, _ clause: InheritanceClauseSyntax?) {
            declaredTypes.insert(name)
            conform(name, clause)
        }

        private func conform(_ name: String, _ clause: InheritanceClauseSyntax?) {
            conformances[name, default: []] += clause?.inheritedTypes.compactMap { RouteTypeName($0.type.trimmedDescription)?.name } ?? []
        }

        override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
            if let reference = node.calledExpression.as(DeclReferenceExprSyntax.self) {
                calledNames.insert(reference.baseName.text)
            } else if let member = node.calledExpression.as(MemberAccessExprSyntax.self) {
                calledNames.insert(member.declName.baseName.text)
            }
            return .visitChildren
        }

        /// `static let uri: PathComponent = "users"`, `let todosPath = "todos"`,
        /// `var idParam: PathComponent { PathComponent(":id") }`, `let app: Application`.
        override func visit(_ node: PatternBindingSyntax) -> SyntaxVisitorContinueKind {
            guard let name = node.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else { return .visitChildren }
            let value = Value(
                type: node.typeAnnotation?.type.trimmedDescription, initializer: node.initializer?.value, accessors: node.accessorBlock, source: source)
            // Locals are the walker's; only declarations outside function bodies are the module's.
            guard !Self.isInsideBody(node) else { return .visitChildren }
            if entryProperties.contains(name), let getter = node.accessorBlock {
                entryGetters.append((getter, Self.enclosingTypeName(of: node), source))
            }
            // A type's member is found through its type; only a global by its name alone.
            let key = Self.enclosingTypeName(of: node).map { "\($0).\(name)" } ?? name
            values[key] = values[key].map { $0.preferred(over: value) } ?? value
            return .visitChildren
        }

        static func isInsideBody(_ node: some SyntaxProtocol) -> Bool {
            var current = node.parent
            while let candidate = current {
                if candidate.is(CodeBlockSyntax.self) || candidate.is(ClosureExprSyntax.self) || candidate.is(AccessorBlockSyntax.self) { return true }
                if candidate.is(MemberBlockSyntax.self) || candidate.is(SourceFileSyntax.self) { return false }
                current = candidate.parent
            }
            return false
        }

        static func enclosingTypeName(of node: some SyntaxProtocol) -> String? {
            var current = node.parent
            while let candidate = current {
                switch candidate.as(SyntaxEnum.self) {
                case .structDecl(let decl): return decl.name.text
                case .classDecl(let decl): return decl.name.text
                case .enumDecl(let decl): return decl.name.text
                case .actorDecl(let decl): return decl.name.text
                case .protocolDecl(let decl): return decl.name.text
                case .extensionDecl(let decl): return RouteTypeName(decl.extendedType.trimmedDescription)?.name
                case .functionDecl, .closureExpr: return nil
                default: current = candidate.parent
                }
            }
            return nil
        }
    }
}

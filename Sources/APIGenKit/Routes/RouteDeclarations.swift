import SwiftSyntax

/// What the route reader needs to know about the module: its functions (to follow collections,
/// controllers and helpers that take or return a route builder), its named values (path
/// constants such as `static let uri: PathComponent = "users"`, properties holding the app), and
/// its enums (paths spelled by an enum's computed `path`).
struct RouteDeclarations {
    struct Function {
        let decl: FunctionDeclSyntax
        /// The enclosing type's name; nil for a free function.
        let typeName: String?
        let file: String
        let converter: SourceLocationConverter

        /// The parameters' names inside the body (`to group:` → `group`).
        var parameterNames: [String] {
            decl.signature.parameterClause.parameters.map { ($0.secondName ?? $0.firstName).text }
        }

        var parameters: FunctionParameterListSyntax { decl.signature.parameterClause.parameters }

        var id: String { "\(file):\(decl.position.utf8Offset)" }
    }

    /// A named value of the module: `let`, `var` with an initializer, or a computed `var` whose
    /// getter is one expression.
    struct Value {
        let type: String?
        let initializer: ExprSyntax?
        /// A computed property's accessors.
        let accessors: AccessorBlockSyntax?
        let file: String
        let converter: SourceLocationConverter

        /// The value's expression: its initializer, or the getter when that is one expression.
        var expression: ExprSyntax? { initializer ?? getterStatements?.singleExpression }

        /// The getter's statements of a computed property.
        var getterStatements: CodeBlockItemListSyntax? {
            switch accessors?.accessors {
            case .getter(let items): items
            case .accessors(let list): list.first { $0.accessorSpecifier.tokenKind == .keyword(.get) }?.body?.statements
            case nil: nil
            }
        }
    }

    let frameworks: RouteFrameworks
    private(set) var functions: [Function] = []
    private var functionsByName: [String: [Function]] = [:]
    /// Named values by name, and by `Type.name` (a protocol extension's under the protocol).
    private(set) var values: [String: Value] = [:]
    /// The module's enums and the protocols each type conforms to.
    private(set) var enums: [String: EnumDeclSyntax] = [:]
    private(set) var conformances: [String: [String]] = [:]
    /// The base names of every call in the module.
    private(set) var calledNames: Set<String> = []
    /// The getters of the properties a framework reads the routes from (`var responder`).
    private(set) var entryGetters: [(getter: AccessorBlockSyntax, typeName: String?, file: String, converter: SourceLocationConverter)] = []
    /// Whether any file has top-level statements (`main.swift`).
    private(set) var hasTopLevelCode = false

    init(files: [(path: String, tree: SourceFileSyntax, converter: SourceLocationConverter)], frameworks: RouteFrameworks = RouteFrameworks()) {
        self.frameworks = frameworks
        for file in files {
            let collector = Collector(file: file.path, converter: file.converter, entryProperties: frameworks.entryProperties)
            collector.walk(file.tree)
            functions += collector.functions
            values.merge(collector.values) { first, _ in first }
            enums.merge(collector.enums) { first, _ in first }
            conformances.merge(collector.conformances) { $0 + $1 }
            calledNames.formUnion(collector.calledNames)
            entryGetters += collector.entryGetters
            hasTopLevelCode = hasTopLevelCode || file.tree.statements.contains { !$0.item.is(DeclSyntax.self) }
        }
        functionsByName = Dictionary(grouping: functions) { $0.decl.name.text }
    }

    /// The functions a call may reach, with its arguments bound to their parameters: by name, on
    /// the given type when the call names one, and with arguments that fit.
    func functions(named name: String, onType typeName: String?, call: FunctionCallExprSyntax) -> [(function: Function, arguments: [[ExprSyntax]])] {
        let trailing = (call.trailingClosure == nil ? 0 : 1) + call.additionalTrailingClosures.count
        return (functionsByName[name] ?? []).compactMap { function in
            // On a type: its own methods and those of the protocols it conforms to.
            if let typeName, function.typeName != typeName, !(conformances[typeName] ?? []).contains(function.typeName ?? "") { return nil }
            return ArgumentBinding.bind(Array(call.arguments), trailingClosures: trailing, to: function.parameters).map { (function, $0) }
        }
    }

    func isBuilderType(_ text: String) -> Bool { frameworks.isBuilderType(text) }

    /// A named value as code names it: `uri`, `User.uri`, `Self.uri`, or a member of a protocol
    /// the type conforms to.
    func value(named name: String, in typeName: String?) -> Value? {
        if let typeName {
            if let found = values["\(typeName).\(name)"] { return found }
            for conformance in conformances[typeName] ?? [] {
                if let found = values["\(conformance).\(name)"] { return found }
            }
        }
        return values[name]
    }

    /// A computed property of a builder type (`extension RoutesBuilder { var admin: RoutesBuilder
    /// { … } }`) and the type it extends.
    func builderProperty(named name: String) -> (type: String, value: Value)? {
        for type in frameworks.builderTypeNames {
            if let value = values["\(type).\(name)"], let declared = value.type, isBuilderType(declared), value.getterStatements != nil {
                return (type, value)
            }
        }
        return nil
    }

    /// Whether a module function of this name returns a path (so a call to it is no middleware).
    func returnsPath(_ name: String) -> Bool {
        !pathFunctions(named: name).isEmpty
    }

    /// The module's functions of this name that return a path: a path type, or `Self` in an
    /// extension of the path component type (`static func fragment(_:) -> Self`).
    func pathFunctions(named name: String) -> [Function] {
        (functionsByName[name] ?? []).filter { function in
            guard let returned = function.decl.signature.returnClause?.type.trimmedDescription else { return false }
            return frameworks.isPathType(returned)
                || (returned == "Self" && function.typeName.map { frameworks.pathComponentTypes.contains($0) } == true)
        }
    }

    private final class Collector: SyntaxVisitor {
        let file: String
        let converter: SourceLocationConverter
        var functions: [Function] = []
        var values: [String: Value] = [:]
        var enums: [String: EnumDeclSyntax] = [:]
        var conformances: [String: [String]] = [:]
        var calledNames: Set<String> = []
        let entryProperties: Set<String>
        var entryGetters: [(getter: AccessorBlockSyntax, typeName: String?, file: String, converter: SourceLocationConverter)] = []

        init(file: String, converter: SourceLocationConverter, entryProperties: Set<String>) {
            self.file = file
            self.converter = converter
            self.entryProperties = entryProperties
            super.init(viewMode: .sourceAccurate)
        }

        override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
            functions.append(Function(decl: node, typeName: Self.enclosingTypeName(of: node), file: file, converter: converter))
            return .visitChildren
        }

        override func visit(_ node: EnumDeclSyntax) -> SyntaxVisitorContinueKind {
            enums[node.name.text] = enums[node.name.text] ?? node
            conform(node.name.text, node.inheritanceClause)
            return .visitChildren
        }

        override func visit(_ node: StructDeclSyntax) -> SyntaxVisitorContinueKind {
            conform(node.name.text, node.inheritanceClause)
            return .visitChildren
        }

        override func visit(_ node: ClassDeclSyntax) -> SyntaxVisitorContinueKind {
            conform(node.name.text, node.inheritanceClause)
            return .visitChildren
        }

        override func visit(_ node: ExtensionDeclSyntax) -> SyntaxVisitorContinueKind {
            conform(node.extendedType.trimmedDescription, node.inheritanceClause)
            return .visitChildren
        }

        private func conform(_ name: String, _ clause: InheritanceClauseSyntax?) {
            conformances[name, default: []] += clause?.inheritedTypes.map { $0.type.trimmedDescription } ?? []
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
                type: node.typeAnnotation?.type.trimmedDescription, initializer: node.initializer?.value, accessors: node.accessorBlock, file: file,
                converter: converter)
            // Locals are the walker's; only declarations outside function bodies are the module's.
            guard !Self.isInsideBody(node) else { return .visitChildren }
            if entryProperties.contains(name), let getter = node.accessorBlock {
                entryGetters.append((getter, Self.enclosingTypeName(of: node), file, converter))
            }
            // A type's member is found through its type; only a global by its name alone.
            if let typeName = Self.enclosingTypeName(of: node) {
                values["\(typeName).\(name)"] = value
            } else {
                values[name] = values[name] ?? value
            }
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
                case .extensionDecl(let decl): return decl.extendedType.trimmedDescription
                case .functionDecl, .closureExpr: return nil
                default: current = candidate.parent
                }
            }
            return nil
        }
    }
}

import SwiftSyntax

/// What the route reader needs to know about the module: its functions (to follow collections,
/// controllers and helpers that take or return a route builder) and its path constants
/// (`static let uri: PathComponent = "users"`).
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

        /// Parameters whose type is a route builder, by index.
        var builderParameters: [Int] {
            decl.signature.parameterClause.parameters.enumerated().compactMap { index, parameter in
                RouteDeclarations.isBuilderType(parameter.type.trimmedDescription) ? index : nil
            }
        }

        var returnsBuilder: Bool {
            decl.signature.returnClause.map { RouteDeclarations.isBuilderType($0.type.trimmedDescription) } ?? false
        }

        var id: String { "\(file):\(decl.position.utf8Offset)" }
    }

    /// Vapor's and Hummingbird's builder types, as a parameter or return type names them.
    static let builderTypeNames = ["RoutesBuilder", "RouterGroup", "Router", "RouterMethods", "RouteCollection", "Application"]

    static func isBuilderType(_ text: String) -> Bool {
        let base = text.replacingOccurrences(of: "some ", with: "").replacingOccurrences(of: "any ", with: "")
        let name = base.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }.split(separator: ".").last.map(String.init) ?? ""
        return builderTypeNames.contains(name)
    }

    private(set) var functions: [Function] = []
    private var functionsByName: [String: [Function]] = [:]
    /// Path constants by name, and by `Type.name`.
    private(set) var pathConstants: [String: [RouteSegment]] = [:]
    /// The base names of every call in the module: a function that takes a builder and is
    /// called somewhere is evaluated from its callers.
    private(set) var calledNames: Set<String> = []

    init(files: [(path: String, tree: SourceFileSyntax, converter: SourceLocationConverter)]) {
        for file in files {
            let collector = Collector(file: file.path, converter: file.converter)
            collector.walk(file.tree)
            functions += collector.functions
            pathConstants.merge(collector.constants) { first, _ in first }
            calledNames.formUnion(collector.calledNames)
        }
        functionsByName = Dictionary(grouping: functions) { $0.decl.name.text }
    }

    /// The functions a call may reach: by name, on the given type when the call names one, and
    /// with argument labels that fit.
    func functions(named name: String, onType typeName: String?, labels: [String?]) -> [Function] {
        (functionsByName[name] ?? []).filter { function in
            if let typeName, function.typeName != typeName { return false }
            let parameters = function.decl.signature.parameterClause.parameters
            let required = parameters.filter { $0.defaultValue == nil }.count
            guard labels.count >= required && labels.count <= parameters.count else { return false }
            return zip(labels, parameters).allSatisfy { label, parameter in
                (parameter.firstName.tokenKind == .wildcard ? nil : parameter.firstName.text) == label
            }
        }
    }

    private final class Collector: SyntaxVisitor {
        let file: String
        let converter: SourceLocationConverter
        var functions: [Function] = []
        var constants: [String: [RouteSegment]] = [:]
        var calledNames: Set<String> = []

        init(file: String, converter: SourceLocationConverter) {
            self.file = file
            self.converter = converter
            super.init(viewMode: .sourceAccurate)
        }

        override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
            functions.append(Function(decl: node, typeName: Self.enclosingTypeName(of: node), file: file, converter: converter))
            return .visitChildren
        }

        override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
            if let reference = node.calledExpression.as(DeclReferenceExprSyntax.self) {
                calledNames.insert(reference.baseName.text)
            } else if let member = node.calledExpression.as(MemberAccessExprSyntax.self) {
                calledNames.insert(member.declName.baseName.text)
                if member.declName.baseName.text == "register" { calledNames.insert("boot") }
            }
            return .visitChildren
        }

        /// `static let uri: PathComponent = "users"`, `let todosPath = "todos"`.
        override func visit(_ node: PatternBindingSyntax) -> SyntaxVisitorContinueKind {
            guard let name = node.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                let value = node.initializer?.value,
                let segments = RoutePathExpression.literalSegments(value)
            else { return .skipChildren }
            let typeName = Self.enclosingTypeName(of: node)
            constants[name] = constants[name] ?? segments
            if let typeName { constants["\(typeName).\(name)"] = segments }
            return .skipChildren
        }

        static func enclosingTypeName(of node: some SyntaxProtocol) -> String? {
            var current = node.parent
            while let candidate = current {
                switch candidate.as(SyntaxEnum.self) {
                case .structDecl(let decl): return decl.name.text
                case .classDecl(let decl): return decl.name.text
                case .enumDecl(let decl): return decl.name.text
                case .actorDecl(let decl): return decl.name.text
                case .extensionDecl(let decl): return decl.extendedType.trimmedDescription
                case .functionDecl, .closureExpr: return nil
                default: current = candidate.parent
                }
            }
            return nil
        }
    }
}

/// How one path argument reads: segments, `nil` when built at run time, or no path at all
/// (a middleware passed to `grouped`).
enum RoutePathExpression {
    case segments([RouteSegment])
    case runtime
    case notAPath

    /// A string literal without interpolation, or `.constant("x")` / `.parameter("id")` /
    /// `.anything` / `.catchall`.
    static func literalSegments(_ expression: ExprSyntax) -> [RouteSegment]? {
        if let literal = expression.as(StringLiteralExprSyntax.self) {
            guard literal.segments.allSatisfy({ $0.is(StringSegmentSyntax.self) }) else { return nil }
            return RouteSegment.parse(literal.segments.compactMap { $0.as(StringSegmentSyntax.self)?.content.text }.joined())
        }
        if let member = expression.as(MemberAccessExprSyntax.self), member.base == nil {
            switch member.declName.baseName.text {
            case "anything": return [.anything]
            case "catchall": return [.catchall]
            default: return nil
            }
        }
        if let call = expression.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self),
            member.base == nil || member.base?.trimmedDescription == "PathComponent",
            call.arguments.count == 1, let argument = call.arguments.first,
            let literal = argument.expression.as(StringLiteralExprSyntax.self),
            literal.segments.count == 1, let text = literal.segments.first?.as(StringSegmentSyntax.self)?.content.text
        {
            switch member.declName.baseName.text {
            case "constant": return [.constant(text)]
            case "parameter": return [.parameter(text)]
            default: return nil
            }
        }
        return nil
    }

    static func read(_ expression: ExprSyntax, constants: [String: [RouteSegment]]) -> RoutePathExpression {
        if let segments = literalSegments(expression) { return .segments(segments) }
        // `User.uri`, `Self.uri`, `uri`: a constant the module declares.
        if let member = expression.as(MemberAccessExprSyntax.self), let base = member.base {
            let name = member.declName.baseName.text
            if let found = constants["\(base.trimmedDescription).\(name)"] ?? constants[name] { return .segments(found) }
            return .runtime
        }
        if let reference = expression.as(DeclReferenceExprSyntax.self) {
            if let found = constants[reference.baseName.text] { return .segments(found) }
            return .runtime
        }
        if expression.is(FunctionCallExprSyntax.self) { return .notAPath }
        return .runtime
    }
}

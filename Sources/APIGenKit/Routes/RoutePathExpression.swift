import SwiftSyntax

/// How one path argument reads: segments, `runtime` when it is built at run time (or apigen cannot
/// tell), or no path at all (a middleware passed to `grouped`).
enum RoutePathExpression: Equatable {
    case segments([RouteSegment])
    case runtime
    case notAPath

    /// What a name the walker has bound stands for.
    enum Local {
        case path([RouteSegment]?)
        /// A builder or any other value that is no path (a middleware, a flag).
        case other
    }

    /// Reads path arguments in one function's context: its locals, the type it is declared in
    /// (for `Self.uri` and a protocol extension's `idParam`), and the module's declarations.
    struct Reader {
        let declarations: RouteDeclarations
        let selfType: String?
        let local: (String) -> Local?
        /// The type a value expression has where the path is read (`uris` in `uris.home`).
        var typeName: (ExprSyntax) -> String? = { _ in nil }

        func read(_ expression: ExprSyntax) -> RoutePathExpression {
            var visiting: Set<String> = []
            return read(expression.unwrapped, visiting: &visiting)
        }

        /// The segments of arguments read together; nil when one is built at run time. With
        /// `middlewareAllowed` (`grouped`), arguments that are no path are skipped.
        func segments(of arguments: [ExprSyntax], middlewareAllowed: Bool = false) -> [RouteSegment]? {
            var segments: [RouteSegment] = []
            for argument in arguments {
                switch read(argument) {
                case .segments(let found): segments += found
                case .notAPath where middlewareAllowed: continue
                case .notAPath, .runtime: return nil
                }
            }
            return segments
        }

        private var frameworks: RouteFramework { declarations.frameworks }

        private func read(_ expression: ExprSyntax, visiting: inout Set<String>) -> RoutePathExpression {
            let expression = expression.unwrapped
            if let literal = expression.as(StringLiteralExprSyntax.self) {
                return literal.plainText.map { .segments(RouteSegment.parse($0)) } ?? .runtime
            }
            if let call = expression.as(FunctionCallExprSyntax.self) { return read(call, visiting: &visiting) }
            if let array = expression.as(ArrayExprSyntax.self) {
                let parts = array.elements.map { read($0.expression, visiting: &visiting) }
                if parts.contains(.notAPath) { return .notAPath }
                return concatenated(parts)
            }
            if let sequence = expression.as(SequenceExprSyntax.self) {
                let elements = Array(sequence.elements)
                guard elements.count % 2 == 1,
                    stride(from: 1, to: elements.count, by: 2).allSatisfy({ elements[$0].as(BinaryOperatorExprSyntax.self)?.operator.text == "+" })
                else { return .runtime }
                return concatenated(stride(from: 0, to: elements.count, by: 2).map { read(elements[$0], visiting: &visiting) })
            }
            if let reference = expression.as(DeclReferenceExprSyntax.self) {
                let name = reference.baseName.text
                switch local(name) {
                case .path(let found): return found.map { .segments($0) } ?? .runtime
                case .other: return .notAPath
                case nil: return module(name, in: selfType, visiting: &visiting)
                }
            }
            if let member = expression.as(MemberAccessExprSyntax.self) { return read(member, visiting: &visiting) }
            return .runtime
        }

        private func read(_ member: MemberAccessExprSyntax, visiting: inout Set<String>) -> RoutePathExpression {
            let name = member.declName.baseName.text
            guard let base = member.base?.unwrapped else {
                return frameworks.wildcardMembers[name].map { .segments([$0]) } ?? .runtime
            }
            // `"a/b".pathComponents`: the string read as a path.
            if frameworks.stringPathMembers.contains(name), let text = base.as(StringLiteralExprSyntax.self)?.plainText {
                return .segments(RouteSegment.parse(text))
            }
            // `SiteURL.faq.pathComponents`, `SiteURL.api(.search).path`: a property of an enum case.
            if let found = EnumPathEvaluator(declarations: declarations, selfType: selfType).segments(ofProperty: name, on: base) {
                return .segments(found)
            }
            if frameworks.middlewareMembers.contains(name) { return .notAPath }
            // `User.uri`, `Self.uri`, `self.idParam`, `uris.root` (a local of a module type): a
            // value the module declares.
            let baseText = base.trimmedDescription
            let owner = baseText == "Self" || baseText == "self" ? selfType : baseText.first?.isUppercase == true ? baseText : typeName(base)
            guard let owner, declarations.member(named: name, of: owner) != nil || baseText.first?.isUppercase == true || baseText == "self" else {
                return .runtime
            }
            return module(name, in: owner, visiting: &visiting)
        }

        private func read(_ call: FunctionCallExprSyntax, visiting: inout Set<String>) -> RoutePathExpression {
            let called = call.calledExpression
            let constructor: RouteFramework.PathComponentKind?
            if let reference = called.as(DeclReferenceExprSyntax.self), frameworks.pathComponentTypes.contains(reference.baseName.text) {
                constructor = .parsed
            } else if let member = called.as(MemberAccessExprSyntax.self),
                member.base == nil || member.base.map({ frameworks.pathComponentTypes.contains($0.trimmedDescription) }) == true
            {
                constructor = frameworks.pathComponentConstructors[member.declName.baseName.text]
            } else {
                constructor = nil
            }
            if let constructor {
                guard call.arguments.count == 1, let argument = call.arguments.first?.expression else { return .runtime }
                switch constructor {
                case .parsed: return read(argument, visiting: &visiting)
                case .constant, .parameter:
                    guard let text = argument.unwrapped.as(StringLiteralExprSyntax.self)?.plainText else { return .runtime }
                    return .segments([constructor == .constant ? .constant(text) : .parameter(text)])
                }
            }
            // `TokenAuth()`, `User.guardMiddleware()`: a middleware, unless the module's function
            // of that name returns a path, whose one-expression body is then evaluated.
            let name = called.as(DeclReferenceExprSyntax.self)?.baseName.text ?? called.as(MemberAccessExprSyntax.self)?.declName.baseName.text
            guard let name else { return .runtime }
            let functions = declarations.pathFunctions(named: name)
            if functions.count == 1, let found = EnumPathEvaluator(declarations: declarations, selfType: selfType).segments(ofCall: call, to: functions[0]) {
                return .segments(found)
            }
            if !functions.isEmpty { return .runtime }
            // `.something(…)` takes its type from the call it is passed to: a path or a middleware.
            if let member = called.as(MemberAccessExprSyntax.self), member.base == nil { return .runtime }
            return .notAPath
        }

        private func module(_ name: String, in typeName: String?, visiting: inout Set<String>) -> RoutePathExpression {
            guard let value = declarations.value(named: name, in: typeName) else { return .runtime }
            guard let expression = value.expression else {
                return value.type.map(frameworks.isPathType) == false ? .notAPath : .runtime
            }
            let key = "\(typeName ?? "").\(name)"
            guard visiting.insert(key).inserted else { return .runtime }
            defer { visiting.remove(key) }
            let found = Reader(declarations: declarations, selfType: typeName ?? selfType, local: { _ in nil }).read(expression, visiting: &visiting)
            if found == .notAPath, let type = value.type, frameworks.isPathType(type) { return .runtime }
            return found
        }

        private func concatenated(_ parts: [RoutePathExpression]) -> RoutePathExpression {
            var segments: [RouteSegment] = []
            for part in parts {
                guard case .segments(let found) = part else { return .runtime }
                segments += found
            }
            return .segments(segments)
        }
    }
}

extension StringLiteralExprSyntax {
    /// The text of a literal without interpolation.
    var plainText: String? {
        guard segments.allSatisfy({ $0.is(StringSegmentSyntax.self) }) else { return nil }
        return segments.compactMap { $0.as(StringSegmentSyntax.self)?.content.text }.joined()
    }
}

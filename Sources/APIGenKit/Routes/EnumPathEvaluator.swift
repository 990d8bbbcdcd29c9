import SwiftSyntax

/// Paths an enum spells (`SiteURL.faq.pathComponents`, `SiteURL.user(.key).pathComponents`),
/// evaluated statically: the enum's computed `path` or `pathComponents` is a `switch self` whose
/// cases return literals, arrays of them, concatenations, other cases' paths, or interpolate an
/// associated value (`"users/\(id)"`, read as the parameter `:id`). Anything else (a `where`
/// clause, a call, a case that traps) is no answer, never a guess.
struct EnumPathEvaluator {
    /// A value the evaluator can reason about: an enum case with its associated values.
    indirect enum Value {
        case enumCase(type: String?, name: String, arguments: [Value])
        /// A string literal passed as an associated value (`SiteURL.user(":id")`).
        case text(String)
        /// Anything else (a variable, a number): matching a case pattern against it has no answer.
        case opaque
    }

    let declarations: RouteDeclarations
    let selfType: String?
    private var depth = 0

    init(declarations: RouteDeclarations, selfType: String?) {
        self.declarations = declarations
        self.selfType = selfType
    }

    /// `base.property` as path segments, when `base` is a case of an enum of the module.
    func segments(ofProperty property: String, on base: ExprSyntax) -> [RouteSegment]? {
        guard case .enumCase(let type, _, _) = value(of: base, bindings: [:], self: nil), type != nil else { return nil }
        return evaluate(property, on: value(of: base, bindings: [:], self: nil))
    }

    /// A call to a module function that returns a path (`.fragment(.faviconIco)`), its one-
    /// expression body evaluated with the parameters bound to the call's enum-case arguments.
    func segments(ofCall call: FunctionCallExprSyntax, to function: RouteDeclarations.Function) -> [RouteSegment]? {
        guard let body = function.decl.body?.statements.singleExpression,
            let arguments = ArgumentBinding.bind(Array(call.arguments), to: function.parameters)
        else { return nil }
        var bindings: [String: Value] = [:]
        for (index, (parameter, name)) in zip(function.parameters, function.parameterNames).enumerated() {
            guard let argument = arguments[index].first, arguments[index].count == 1 else { return nil }
            let declared = parameter.type.trimmedDescription.split(separator: ".").last.map(String.init)
            bindings[name] = typed(value(of: argument, bindings: [:], self: nil), as: declared)
        }
        return segments(of: body, bindings: bindings, self: nil)
    }

    /// An untyped case (`.faviconIco`) given the enum type it is passed as.
    private func typed(_ value: Value, as type: String?) -> Value {
        guard case .enumCase(nil, let name, let arguments) = value, let type, declarations.enums[type] != nil else { return value }
        return typed(.enumCase(type: type, name: name, arguments: arguments))
    }

    private func evaluate(_ property: String, on value: Value) -> [RouteSegment]? {
        guard depth < 16, case .enumCase(let type?, _, _) = value else { return nil }
        var inner = self
        inner.depth += 1
        if let getter = declarations.value(named: property, in: type)?.expression {
            return inner.segments(of: getter, bindings: [:], self: value)
        }
        // Only `path` declared: its text read as a path (`"…".pathComponents`).
        if declarations.frameworks.stringPathMembers.contains(property) { return inner.evaluate("path", on: value) }
        return nil
    }

    private func segments(of expression: ExprSyntax, bindings: [String: Value], self current: Value?) -> [RouteSegment]? {
        let expression = expression.unwrapped
        if let switchExpr = expression.as(SwitchExprSyntax.self) {
            return segments(of: switchExpr, bindings: bindings, self: current)
        }
        if let literal = expression.as(StringLiteralExprSyntax.self) {
            return text(of: literal, bindings: bindings, self: current).map(RouteSegment.parse)
        }
        if let array = expression.as(ArrayExprSyntax.self) {
            return array.elements.reduce([RouteSegment]?.some([])) { partial, element in
                partial.flatMap { head in segments(of: element.expression, bindings: bindings, self: current).map { head + $0 } }
            }
        }
        if let sequence = expression.as(SequenceExprSyntax.self) {
            let elements = Array(sequence.elements)
            guard elements.count % 2 == 1,
                stride(from: 1, to: elements.count, by: 2).allSatisfy({ elements[$0].as(BinaryOperatorExprSyntax.self)?.operator.text == "+" })
            else { return nil }
            return stride(from: 0, to: elements.count, by: 2).reduce([RouteSegment]?.some([])) { partial, index in
                partial.flatMap { head in segments(of: elements[index], bindings: bindings, self: current).map { head + $0 } }
            }
        }
        if let call = expression.as(FunctionCallExprSyntax.self), call.arguments.count == 1, let argument = call.arguments.first {
            // `.init(stringLiteral: path)`, `PathComponent(stringLiteral: x)`.
            let called = call.calledExpression.trimmedDescription
            guard called == ".init" || declarations.frameworks.pathComponentTypes.contains(called) else { return nil }
            return segments(of: argument.expression, bindings: bindings, self: current)
        }
        if let reference = expression.as(DeclReferenceExprSyntax.self) {
            // `path`, `rawValue`: a property of the value itself.
            guard let current else { return nil }
            if reference.baseName.text == "rawValue" { return rawValue(of: current).map(RouteSegment.parse) }
            return evaluate(reference.baseName.text, on: current)
        }
        if let member = expression.as(MemberAccessExprSyntax.self), let base = member.base {
            let property = member.declName.baseName.text
            // `path.pathComponents`: a path's text read as a path.
            if declarations.frameworks.stringPathMembers.contains(property), let found = segments(of: base, bindings: bindings, self: current) { return found }
            let owner = value(of: base, bindings: bindings, self: current)
            if property == "rawValue" { return rawValue(of: owner).map(RouteSegment.parse) }
            return evaluate(property, on: owner)
        }
        return nil
    }

    private func segments(of switchExpr: SwitchExprSyntax, bindings: [String: Value], self current: Value?) -> [RouteSegment]? {
        let subject = value(of: switchExpr.subject, bindings: bindings, self: current)
        for case .switchCase(let switchCase) in switchExpr.cases {
            var matched: [String: Value]?
            switch switchCase.label {
            case .default: matched = [:]
            case .case(let label):
                for item in label.caseItems {
                    guard item.whereClause == nil else { return nil }
                    switch match(item.pattern, subject, binding: false) {
                    case .unknown: return nil
                    case .noMatch: continue
                    case .matched(let found): matched = found
                    }
                    if matched != nil { break }
                }
            }
            guard let matched else { continue }
            guard let body = switchCase.statements.singleExpression else { return nil }
            return segments(of: body, bindings: bindings.merging(matched) { _, new in new }, self: current)
        }
        return nil
    }

    /// A string literal's text, an interpolated associated value written as `:name`, an
    /// interpolated path (`\(next.path)`) as its text.
    private func text(of literal: StringLiteralExprSyntax, bindings: [String: Value], self current: Value?) -> String? {
        var text = ""
        for segment in literal.segments {
            if let plain = segment.as(StringSegmentSyntax.self) {
                text += plain.content.text
                continue
            }
            guard let interpolation = segment.as(ExpressionSegmentSyntax.self), interpolation.expressions.count == 1,
                let expression = interpolation.expressions.first?.expression
            else { return nil }
            if let reference = expression.as(DeclReferenceExprSyntax.self), let bound = bindings[reference.baseName.text] {
                switch bound {
                case .text(let passed): text += passed
                case _ where isModuleEnum(bound):
                    // `"\(fragment)"`: the case as its `description` spells it.
                    guard let described = evaluate("description", on: bound) else { return nil }
                    text += RouteRegistration.text(described, style: .colon).dropFirst()
                default: text += ":\(reference.baseName.text)"
                }
            } else if let found = segments(of: expression, bindings: bindings, self: current) {
                text += RouteRegistration.text(found, style: .colon).dropFirst()
            } else if let name = Self.rootName(expression), let bound = bindings[name], !isModuleEnum(bound) {
                text += ":\(name)"
            } else {
                return nil
            }
        }
        return text
    }

    /// `id` in `id`, `id.uuidString`.
    private static func rootName(_ expression: ExprSyntax) -> String? {
        if let reference = expression.as(DeclReferenceExprSyntax.self) { return reference.baseName.text }
        return expression.as(MemberAccessExprSyntax.self)?.base.flatMap(rootName)
    }

    private func isModuleEnum(_ value: Value) -> Bool {
        if case .enumCase(let type?, _, _) = value { return declarations.enums[type] != nil }
        return false
    }

    private func rawValue(of value: Value) -> String? {
        guard case .enumCase(let type?, let name, _) = value, let decl = declarations.enums[type] else { return nil }
        for member in decl.memberBlock.members {
            for element in member.decl.as(EnumCaseDeclSyntax.self)?.elements ?? [] where element.name.text == name {
                guard let raw = element.rawValue else { return name }
                return raw.value.as(StringLiteralExprSyntax.self)?.plainText
            }
        }
        return nil
    }

    /// What an expression stands for: `self`, a bound name, `.faq`, `SiteURL.api(.search)`, `nil`.
    private func value(of expression: ExprSyntax, bindings: [String: Value], self current: Value?) -> Value {
        let expression = expression.unwrapped
        if let reference = expression.as(DeclReferenceExprSyntax.self) {
            if reference.baseName.tokenKind == .keyword(.self) { return current ?? .opaque }
            return bindings[reference.baseName.text] ?? .opaque
        }
        if let literal = expression.as(StringLiteralExprSyntax.self) { return literal.plainText.map(Value.text) ?? .opaque }
        if expression.is(NilLiteralExprSyntax.self) { return .enumCase(type: nil, name: "none", arguments: []) }
        var called = expression
        var arguments: [Value] = []
        if let call = expression.as(FunctionCallExprSyntax.self) {
            called = call.calledExpression
            arguments = call.arguments.map { value(of: $0.expression, bindings: bindings, self: current) }
        }
        guard let member = called.as(MemberAccessExprSyntax.self) else { return .opaque }
        var caseType: String?
        if let base = member.base {
            let text = base.trimmedDescription
            caseType = text == "Self" ? (current.flatMap(Self.typeName) ?? selfType) : text
            guard let known = caseType, declarations.enums[known] != nil else { return .opaque }
        }
        return typed(.enumCase(type: caseType, name: member.declName.baseName.text, arguments: arguments))
    }

    private static func typeName(_ value: Value) -> String? {
        if case .enumCase(let type, _, _) = value { return type }
        return nil
    }

    /// Gives a case's untyped associated values (`.search` in `SiteURL.api(.search)`) the types
    /// the case declares (`case api(Api)`).
    private func typed(_ value: Value) -> Value {
        guard case .enumCase(let type?, let name, let arguments) = value, let decl = declarations.enums[type] else { return value }
        var types: [String] = []
        for member in decl.memberBlock.members {
            for element in member.decl.as(EnumCaseDeclSyntax.self)?.elements ?? [] where element.name.text == name {
                types = element.parameterClause?.parameters.map { parameter in
                    String(parameter.type.trimmedDescription.prefix { $0 != "<" && $0 != "?" })
                } ?? []
            }
        }
        let typedArguments = arguments.enumerated().map { index, argument -> Value in
            guard case .enumCase(nil, let inner, let innerArguments) = argument, index < types.count, declarations.enums[types[index]] != nil else { return argument }
            return typed(.enumCase(type: types[index], name: inner, arguments: innerArguments))
        }
        return .enumCase(type: type, name: name, arguments: typedArguments)
    }

    private enum Match {
        case matched([String: Value])
        case noMatch
        case unknown
    }

    /// A case pattern against a value: `.faq`, `.api(let next)`, `let .package(a, b, .some(c))`,
    /// `.builds(.key)`, `_`.
    private func match(_ pattern: PatternSyntax, _ value: Value, binding: Bool) -> Match {
        if let bindingPattern = pattern.as(ValueBindingPatternSyntax.self) { return match(bindingPattern.pattern, value, binding: true) }
        if let identifier = pattern.as(IdentifierPatternSyntax.self) { return .matched([identifier.identifier.text: value]) }
        if pattern.is(WildcardPatternSyntax.self) { return .matched([:]) }
        if let expression = pattern.as(ExpressionPatternSyntax.self) { return match(expression.expression, value, binding: binding) }
        return .unknown
    }

    private func match(_ expression: ExprSyntax, _ value: Value, binding: Bool) -> Match {
        if expression.is(DiscardAssignmentExprSyntax.self) { return .matched([:]) }
        if let patternExpr = expression.as(PatternExprSyntax.self) { return match(patternExpr.pattern, value, binding: binding) }
        if binding, let reference = expression.as(DeclReferenceExprSyntax.self) { return .matched([reference.baseName.text: value]) }
        var called = expression
        var subpatterns: [ExprSyntax] = []
        if let call = expression.as(FunctionCallExprSyntax.self) {
            called = call.calledExpression
            subpatterns = call.arguments.map(\.expression)
        }
        guard let member = called.as(MemberAccessExprSyntax.self) else { return .unknown }
        guard case .enumCase(_, let name, let arguments) = value else { return .unknown }
        let caseName = member.declName.baseName.text
        if caseName == "some", name != "none", subpatterns.count == 1 { return match(subpatterns[0], value, binding: binding) }
        guard caseName == name else { return .noMatch }
        guard !subpatterns.isEmpty else { return .matched([:]) }
        guard subpatterns.count == arguments.count else { return .unknown }
        var bound: [String: Value] = [:]
        for (subpattern, argument) in zip(subpatterns, arguments) {
            switch match(subpattern, argument, binding: binding) {
            case .matched(let found): bound.merge(found) { _, new in new }
            case .noMatch: return .noMatch
            case .unknown: return .unknown
            }
        }
        return .matched(bound)
    }
}

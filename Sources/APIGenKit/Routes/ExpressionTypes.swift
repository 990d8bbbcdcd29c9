import SwiftSyntax

/// The static type of a value expression in the walker's scope, as far as the syntax says:
/// `self`, a local or parameter (declared, or the type of what was passed), an initializer
/// (`UsersController(…)`, `.init`), a stored property with a declared type or initializer, a
/// function's declared return type, a static member, an array literal of initialized values.
/// nil when the syntax does not say; `.library` for a member of a library's type the module does
/// not declare.
extension BuilderWalker {
    func receiverType(of expression: ExprSyntax) -> ReceiverType? {
        let expression = expression.unwrapped
        if let known = typeCache[expression.id] { return known }
        let found = uncachedType(of: expression)
        typeCache[expression.id] = .some(found)
        return found
    }

    private func uncachedType(of expression: ExprSyntax) -> ReceiverType? {
        if let reference = expression.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if name == "self" { return selfType.map(ReceiverType.instance) }
            if name == "Self" { return selfType.map(ReceiverType.metatype) }
            if let bound = environment[name] {
                if case .value(let type) = bound { return type }
                return nil
            }
            if let selfType, let property = declarations.member(named: name, of: selfType) { return type(of: property, in: selfType) }
            if let global = declarations.values[name] { return type(of: global, in: nil) }
            if name.first?.isUppercase == true { return .metatype(name) }
            return nil
        }
        if let generic = expression.as(GenericSpecializationExprSyntax.self), let name = RouteTypeName(generic.trimmedDescription) {
            return .metatype(name.name)
        }
        if let either = eitherSide(of: expression) {
            let types = either.map(receiverType(of:))
            return types.allSatisfy({ $0 == types[0] }) ? types[0] : nil
        }
        if let sequence = expression.as(SequenceExprSyntax.self), let cast = Array(sequence.elements).last?.as(TypeExprSyntax.self) {
            // `x as UsersController`.
            return ReceiverType(declared: cast.type.trimmedDescription)
        }
        if let array = expression.as(ArrayExprSyntax.self) {
            let types = array.elements.map { receiverType(of: $0.expression) }
            let names = types.compactMap { type -> String? in if case .instance(let name)? = type { return name } else { return nil } }
            return names.count == types.count && !names.isEmpty ? .array(names) : nil
        }
        if let member = expression.as(MemberAccessExprSyntax.self) {
            guard let base = member.base else { return nil }
            return memberType(member.declName.baseName.text, of: base)
        }
        if let call = expression.as(FunctionCallExprSyntax.self) {
            return returnType(of: call)
        }
        return nil
    }

    /// The type of the elements a loop over this sequence binds (`for c in controllers`).
    func elementType(of sequence: ExprSyntax) -> ReceiverType? {
        if case .array(let types)? = receiverType(of: sequence) { return .element(types) }
        return nil
    }

    private func memberType(_ name: String, of base: ExprSyntax) -> ReceiverType? {
        if builder(base) != nil {
            // A member of a builder: only a module extension of a builder type names its type.
            for type in frameworks.builderTypes.sorted() {
                if let property = declarations.member(named: name, of: type) { return self.type(of: property, in: type) }
            }
            return frameworks.rootMembers.contains(name) ? nil : .library
        }
        switch receiverType(of: base) {
        case .instance(let owner)?:
            if let property = declarations.member(named: name, of: owner) { return type(of: property, in: owner) }
            return declarations.isAppType(owner) ? nil : .library
        case .metatype(let owner)?:
            if let property = declarations.member(named: name, of: owner) { return type(of: property, in: owner) }
            if declarations.enums[owner]?.hasCase(named: name) == true { return .instance(owner) }
            return declarations.isAppType(owner) ? nil : .library
        case .library?:
            return .library
        default:
            return nil
        }
    }

    /// What a call returns: an initializer its type, a module function its declared return type
    /// (`Self` the receiver's), a library type's method a library value.
    private func returnType(of call: FunctionCallExprSyntax) -> ReceiverType? {
        let called = call.calledExpression
        if let reference = called.as(DeclReferenceExprSyntax.self), reference.baseName.text.first?.isUppercase == true {
            return .instance(reference.baseName.text)
        }
        if let generic = called.as(GenericSpecializationExprSyntax.self), let name = RouteTypeName(generic.trimmedDescription) {
            return .instance(name.name)
        }
        let name: String
        let base: ExprSyntax?
        if let reference = called.as(DeclReferenceExprSyntax.self) {
            name = reference.baseName.text
            base = nil
        } else if let member = called.as(MemberAccessExprSyntax.self) {
            name = member.declName.baseName.text
            base = member.base
            if let base, name == "init", case .metatype(let type)? = receiverType(of: base) { return .instance(type) }
            if let base, case .metatype(let owner)? = receiverType(of: base), declarations.enums[owner]?.hasCase(named: name) == true {
                return .instance(owner)
            }
            if let base, receiverType(of: base) == .library { return .library }
        } else {
            return nil
        }
        guard case .bound(let targets) = bind(call, name: name, base: base, at: location(of: called)) else { return nil }
        let types = targets.compactMap { target -> ReceiverType? in
            guard let returned = target.function.decl.signature.returnClause?.type.trimmedDescription else { return nil }
            if returned == "Self" { return target.selfType.map(ReceiverType.instance) }
            return ReceiverType(declared: target.function.declaredTypeText(returned))
        }
        guard let first = types.first, types.count == targets.count, types.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// A module value's type: declared, else its initializer's, read where it is declared.
    private func type(of value: RouteDeclarations.Value, in owner: String?) -> ReceiverType? {
        if let declared = value.type { return ReceiverType(declared: declared) }
        guard let initializer = value.expression else { return nil }
        let key = "\(value.file):\(initializer.position.utf8Offset)"
        guard reader.typesInProgress.insert(key).inserted else { return nil }
        defer { reader.typesInProgress.remove(key) }
        return BuilderWalker(reader: reader, source: value.source, environment: [:], selfType: owner, via: [])
            .receiverType(of: initializer)
    }
}

extension ReceiverType {
    /// The type whose members a member access on this value reads.
    var typeName: String? {
        switch self {
        case .instance(let name), .metatype(let name): name
        default: nil
        }
    }
}

extension EnumDeclSyntax {
    func hasCase(named name: String) -> Bool {
        memberBlock.members.contains { member in
            member.decl.as(EnumCaseDeclSyntax.self)?.elements.contains { $0.name.text == name } == true
        }
    }
}

extension RouteDeclarations.Function {
    /// A written type inside the function, a generic parameter read as its constraint.
    func declaredTypeText(_ written: String) -> String {
        guard let name = RouteTypeName(written)?.name,
            let generic = decl.genericParameterClause?.parameters.first(where: { $0.name.text == name })
        else { return written }
        return generic.inheritedType?.trimmedDescription ?? written
    }
}

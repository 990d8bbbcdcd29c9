import SwiftSyntax

/// Which of the module's functions a call reaches, bound as Swift binds it: through its
/// receiver's type, never by its name alone.
///
/// - No receiver: a method of `self`'s type (its own, an extension's, a protocol's default), else
///   a free function.
/// - A receiver of a known type: that type's method, or a protocol's implementation in the one
///   module type that conforms to it; a type the module only extends (`Application`, a builder)
///   reaches only the module's extensions of it; a library value reaches nothing.
/// - A receiver of unknown type: the one method of that name whose parameters fit, else
///   ambiguous (the caller reports the candidates when they may register routes).
///
/// With `--index-store` the compiler's answer comes first: the function the index says the call
/// names, nothing for a library's function, the syntax only where the index has no answer.
enum CallTarget {
    struct Target {
        let function: RouteDeclarations.Function
        let arguments: [[ExprSyntax]]
        /// The type `self` has in the callee (a protocol default called on a conforming type).
        let selfType: String?
        /// For a call on an element of an evaluated array of several types: which one.
        let element: String?
    }

    case bound([Target])
    /// Several functions fit and nothing says which; `why` says what was unknown.
    case ambiguous([RouteDeclarations.Function], why: String)
    case unbound
}

extension BuilderWalker {
    func bind(_ call: FunctionCallExprSyntax, name: String, base: ExprSyntax?, at location: InputLocation) -> CallTarget {
        if let index = reader.index, let answer = index.callee(of: call, named: name, at: location, in: declarations) {
            switch answer {
            case .function(let function):
                guard let arguments = declarations.functions(named: name, fitting: call, where: { $0.id == function.id }).first?.arguments else { break }
                let receiverType = base.flatMap(receiverType(of:))?.typeName
                return .bound([CallTarget.Target(function: function, arguments: arguments, selfType: receiverType ?? selfType ?? function.typeName, element: nil)])
            case .outside:
                return .unbound
            }
        }
        guard let base else { return bindWithoutReceiver(call, name: name) }
        if base.unwrapped.as(DeclReferenceExprSyntax.self)?.baseName.text == "super" { return .unbound }
        if builder(base) != nil, receiverType(of: base) == nil {
            // `app.tokenRoutes()`, `routes.grouped("a").admin(…)`: the module's extensions of builder types.
            return bound(declarations.functions(named: name, fitting: call) { $0.typeName.map(self.frameworks.builderTypes.contains) == true })
        }
        switch receiverType(of: base) {
        case .instance(let type)?:
            return methods(named: name, on: type, fitting: call, isStatic: false)
        case .metatype(let type)?:
            return methods(named: name, on: type, fitting: call, isStatic: true)
        case .element(let types)?:
            var targets: [CallTarget.Target] = []
            for type in types {
                guard case .bound(let found) = methods(named: name, on: type, fitting: call, isStatic: false) else { continue }
                targets += found.map { CallTarget.Target(function: $0.function, arguments: $0.arguments, selfType: $0.selfType, element: types.count > 1 ? type : nil) }
            }
            return targets.isEmpty ? .unbound : .bound(targets)
        case .array?, .library?:
            return .unbound
        case nil:
            let candidates = declarations.functions(named: name, fitting: call) { $0.typeName != nil && !$0.isStatic && $0.decl.body != nil }
            if candidates.count == 1 { return .bound([CallTarget.Target(function: candidates[0].function, arguments: candidates[0].arguments, selfType: candidates[0].function.typeName, element: nil)]) }
            return candidates.isEmpty ? .unbound : .ambiguous(candidates.map(\.function), why: "is made on a value of unknown type")
        }
    }

    /// `addRoutes(to: group)` inside a type's method: `self`'s method; elsewhere a free function.
    private func bindWithoutReceiver(_ call: FunctionCallExprSyntax, name: String) -> CallTarget {
        if let selfType {
            let own = methods(named: name, on: selfType, fitting: call, isStatic: nil)
            if case .unbound = own {} else { return own }
        }
        let free = declarations.functions(named: name, fitting: call) { $0.typeName == nil && $0.decl.body != nil }
        if free.count > 1 { return .ambiguous(free.map(\.function), why: "is overloaded") }
        return bound(free)
    }

    /// The methods of a type named so: its own or the nearest supertype's (an extension, a
    /// protocol's default); for a protocol, the implementation of the one module type that
    /// conforms to it, ambiguous when several do.
    private func methods(named name: String, on type: String, fitting call: FunctionCallExprSyntax, isStatic: Bool?) -> CallTarget {
        if declarations.protocols.contains(type) {
            let conformers = declarations.conformers(of: type).filter { !declarations.protocols.contains($0) }
            var targets: [String: CallTarget.Target] = [:]
            for conformer in conformers {
                guard case .bound(let found) = methods(named: name, on: conformer, fitting: call, isStatic: isStatic), let first = found.first else { continue }
                targets[conformer] = first
            }
            if targets.count > 1 {
                let functions = targets.keys.sorted().compactMap { targets[$0]?.function }
                return .ambiguous(functions, why: "is made on a value of protocol type \(type)")
            }
            if let only = targets.values.first { return .bound([only]) }
        }
        for owner in declarations.supertypes(of: type) + (frameworks.builderTypes.contains(type) ? frameworks.builderTypes.sorted() : []) {
            let found = declarations.functions(named: name, fitting: call) { function in
                function.typeName == owner && function.decl.body != nil && (isStatic == nil || function.isStatic == isStatic)
            }
            if !found.isEmpty {
                return .bound(found.map { CallTarget.Target(function: $0.function, arguments: $0.arguments, selfType: type, element: nil) })
            }
        }
        return .unbound
    }

    private func bound(_ found: [(function: RouteDeclarations.Function, arguments: [[ExprSyntax]])]) -> CallTarget {
        found.isEmpty ? .unbound : .bound(found.map { CallTarget.Target(function: $0.function, arguments: $0.arguments, selfType: $0.function.typeName, element: nil) })
    }
}

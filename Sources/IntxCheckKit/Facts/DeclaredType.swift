import SwiftSyntax

/// The type a declaration states, where the syntax says it: an annotation (`let q: DatabaseQueue`,
/// `db: any DatabaseWriter`) or an initializer call of a capitalized name (`= DatabasePool(…)`).
/// Without a type checker nothing else is known, and an unknown type is nil.
enum DeclaredType {
    static func of(_ binding: PatternBindingSyntax) -> String? {
        if let annotation = binding.typeAnnotation { return normalized(annotation.type) }
        guard let call = binding.initializer?.value.as(FunctionCallExprSyntax.self),
            let callee = call.calledExpression.as(DeclReferenceExprSyntax.self),
            callee.baseName.text.first?.isUppercase == true
        else { return nil }
        return callee.baseName.text
    }

    /// The type a name's declaration states: a binding, a function or closure parameter.
    static func of(declaration: Syntax) -> String? {
        if let pattern = declaration.as(IdentifierPatternSyntax.self), let binding = pattern.parent?.as(PatternBindingSyntax.self) {
            return of(binding)
        }
        if let parameter = declaration.as(FunctionParameterSyntax.self) { return normalized(parameter.type) }
        if let parameter = declaration.as(ClosureParameterSyntax.self) { return parameter.type.map(normalized) }
        return nil
    }

    /// `any GRDB.DatabaseWriter?` → `DatabaseWriter`: the base name profiles list.
    static func normalized(_ type: TypeSyntax) -> String {
        var current = type
        while true {
            if let optional = current.as(OptionalTypeSyntax.self) {
                current = optional.wrappedType
            } else if let unwrapped = current.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
                current = unwrapped.wrappedType
            } else if let some = current.as(SomeOrAnyTypeSyntax.self) {
                current = some.constraint
            } else if let attributed = current.as(AttributedTypeSyntax.self) {
                current = attributed.baseType
            } else {
                break
            }
        }
        if let member = current.as(MemberTypeSyntax.self) { return member.name.text }
        if let identifier = current.as(IdentifierTypeSyntax.self) { return identifier.name.text }
        return current.trimmedSourceText
    }
}

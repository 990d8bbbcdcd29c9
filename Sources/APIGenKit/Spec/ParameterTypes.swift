import SwiftSyntax

/// What the type word of a non-body `@Param` stands for. swag inlines an enum as its raw type
/// with its values, and expands a struct on a query or formData parameter into one parameter per
/// field; neither becomes a schema of its own.
enum ParameterType {
    case plain(TypeRef)
    /// `model` is the enum itself, so the Swift client can type the parameter as the enum.
    case enumeration(TypeRef, values: [String], model: ModelType)
    case fields([ParameterField])
}

struct ParameterField {
    var name: String
    var type: TypeRef
    var values: [String]
    var enumModel: ModelType?
    var required: Bool
    var description: String?
}

extension TypeResolver {
    func parameterType(_ name: String, at location: InputLocation) throws(APIGenError) -> ParameterType {
        if let inlined = enumeration(named: name, context: nil) { return .enumeration(inlined.type, values: inlined.values, model: inlined.model) }
        guard TypeResolver.primitives[name] == nil, let model = modelName(name, context: nil), let type = declared[model],
            type.genericParameters.isEmpty, case .object = type.shape
        else {
            return .plain(try resolve(annotationType: name, at: location))
        }
        var fields: [ParameterField] = []
        for (property, key) in type.encodedProperties {
            var syntax = property.type
            var optional = false
            if let wrapped = syntax.as(OptionalTypeSyntax.self) {
                syntax = wrapped.wrappedType
                optional = true
            }
            let jsonName = keyStrategy.apply(key)
            if let inlined = enumeration(named: syntax.trimmedDescription, context: model) {
                fields.append(ParameterField(
                    name: jsonName, type: inlined.type, values: inlined.values, enumModel: inlined.model, required: !optional,
                    description: property.description))
                continue
            }
            let (resolved, alsoOptional) = try resolve(syntax, context: model, at: property.location)
            if Self.containsModel(resolved) {
                throw APIGenError(
                    "field '\(property.name)' of '\(name)' has type '\(syntax.trimmedDescription)', which a parameter cannot carry; use a primitive, an enum or an array of them",
                    at: location, rule: .malformedAnnotation)
            }
            fields.append(ParameterField(name: jsonName, type: resolved, values: [], required: !(optional || alsoOptional), description: property.description))
        }
        return .fields(fields)
    }

    /// A raw-value enum named `name`, as its raw type and values, and as the model it is.
    private func enumeration(named name: String, context: String?) -> (type: TypeRef, values: [String], model: ModelType)? {
        guard let model = modelName(name, context: context), let type = declared[model] else { return nil }
        switch type.shape {
        case .stringEnum(let cases):
            let enumModel = ModelType(name: model, description: type.description, shape: .stringEnum(cases), location: type.location)
            return (.primitive(.string, format: nil), cases.map(\.value), enumModel)
        case .integerEnum(let cases):
            let enumModel = ModelType(name: model, description: type.description, shape: .integerEnum(cases), location: type.location)
            return (.primitive(.integer, format: nil), cases.map { String($0.value) }, enumModel)
        default: return nil
        }
    }

    private static func containsModel(_ type: TypeRef) -> Bool {
        switch type {
        case .primitive, .anyValue: false
        case .model: true
        case .array(let element), .dictionary(let element): containsModel(element)
        }
    }
}

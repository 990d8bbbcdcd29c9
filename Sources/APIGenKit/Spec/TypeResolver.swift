import SwiftSyntax

/// How property names become JSON keys.
public enum KeyStrategy: String, Sendable, CaseIterable {
    /// Keys as declared (or as `CodingKeys` renames them).
    case useDefaultKeys = "default"
    /// `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase`.
    case snakeCase = "snake_case"

    func apply(_ key: String) -> String {
        switch self {
        case .useDefaultKeys: return key
        case .snakeCase: return Self.snakeCased(key)
        }
    }

    /// Foundation's algorithm: a word boundary before an uppercase letter that follows a
    /// lowercase one, and before the last uppercase letter of a run followed by a lowercase one.
    static func snakeCased(_ key: String) -> String {
        let characters = Array(key)
        guard !characters.isEmpty else { return key }
        var words: [String] = []
        var current = ""
        for (index, character) in characters.enumerated() {
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character.isUppercase, let previous, !current.isEmpty,
                previous.isLowercase || previous.isNumber || (previous.isUppercase && (next?.isLowercase ?? false))
            {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        words.append(current)
        return words.map { $0.lowercased() }.joined(separator: "_")
    }
}

/// Maps Swift types and annotation type names onto ``TypeRef`` and builds the models they reach.
final class TypeResolver {
    let declared: [String: TypeDeclaration]
    let keyStrategy: KeyStrategy
    private(set) var models: [String: ModelType] = [:]
    private var pending: [String] = []
    /// `Page[Item]`: the generic type and its arguments by parameter name.
    private var instances: [String: (base: String, arguments: [String: TypeRef])] = [:]
    /// `Envelope{data=[]Item}`: the base type and the fields the annotation sets.
    private var compositions: [String: (base: TypeRef, fields: [(name: String, type: TypeRef)])] = [:]
    private var deferredCompositions: Set<String> = []
    private var resolvingAliases: Set<String> = []
    private(set) var errors: [APIGenError] = []

    init(declared: [TypeDeclaration], keyStrategy: KeyStrategy) {
        var byName: [String: TypeDeclaration] = [:]
        for type in declared where byName[type.name] == nil { byName[type.name] = type }
        self.declared = byName
        self.keyStrategy = keyStrategy
    }

    static let primitives: [String: TypeRef] = [
        "String": .primitive(.string, format: nil), "string": .primitive(.string, format: nil),
        "Character": .primitive(.string, format: nil),
        "Int": .primitive(.integer, format: "int64"), "Int64": .primitive(.integer, format: "int64"),
        "UInt": .primitive(.integer, format: "int64"), "UInt64": .primitive(.integer, format: "int64"),
        "Int32": .primitive(.integer, format: "int32"), "UInt32": .primitive(.integer, format: "int32"),
        "Int16": .primitive(.integer, format: "int32"), "UInt16": .primitive(.integer, format: "int32"),
        "Int8": .primitive(.integer, format: "int32"), "UInt8": .primitive(.integer, format: "int32"),
        "int": .primitive(.integer, format: nil), "integer": .primitive(.integer, format: nil),
        "Double": .primitive(.number, format: "double"), "Float": .primitive(.number, format: "float"),
        "Decimal": .primitive(.number, format: nil), "number": .primitive(.number, format: nil),
        "float": .primitive(.number, format: "float"), "double": .primitive(.number, format: "double"),
        "Bool": .primitive(.boolean, format: nil), "bool": .primitive(.boolean, format: nil),
        "boolean": .primitive(.boolean, format: nil),
        "Date": .primitive(.string, format: "date-time"), "UUID": .primitive(.string, format: "uuid"),
        "URL": .primitive(.string, format: "uri"), "Data": .primitive(.string, format: "byte"),
        "file": .primitive(.string, format: "binary"), "object": .dictionary(.anyValue),
    ]

    /// A type named in an annotation: a primitive, or a model by qualified or unique simple name.
    func resolve(annotationType name: String, at location: InputLocation) throws(APIGenError) -> TypeRef {
        // swag's Go-style spellings: `[]T` and `map[string]T`.
        if name.hasPrefix("[]") { return .array(try resolve(annotationType: String(name.dropFirst(2)), at: location)) }
        if name.hasPrefix("map[string]") {
            return .dictionary(try resolve(annotationType: String(name.dropFirst("map[string]".count)), at: location))
        }
        // `Envelope{data=[]Item}`: the base with these fields set (swag's field composition).
        if name.hasSuffix("}"), let open = name.firstIndex(of: "{") {
            let base = try resolve(annotationType: String(name[..<open]), at: location)
            guard case .model = base else { throw APIGenError("only a model can be composed, not '\(name[..<open])'", at: location, rule: .unsupportedType) }
            var fields: [(name: String, type: TypeRef)] = []
            for field in Self.topLevelSplit(name[name.index(after: open)..<name.index(before: name.endIndex)]) {
                let parts = field.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty else {
                    throw APIGenError("expected 'field=Type' in '\(name)'", at: location, rule: .malformedAnnotation)
                }
                fields.append((parts[0], try resolve(annotationType: parts[1], at: location)))
            }
            // `T{}` sets no field: it is `T`, as swag reads it.
            if fields.isEmpty { return base }
            let key = "\(Self.canonical(base)){\(fields.map { "\($0.name)=\(Self.canonical($0.type))" }.joined(separator: ","))}"
            compositions[key] = (base, fields)
            return use(key)
        }
        // `Page[Item]`: a generic type with its arguments.
        if name.hasSuffix("]"), let open = name.firstIndex(of: "[") {
            let base = String(name[..<open])
            let arguments = try Self.topLevelSplit(name[name.index(after: open)..<name.index(before: name.endIndex)]).map { argument throws(APIGenError) in
                try resolve(annotationType: argument, at: location)
            }
            return try instantiate(base, arguments: arguments, context: nil, at: location)
        }
        if let model = shadowingModel(name, context: nil) {
            if let aliased = try resolveAlias(model, at: location) { return aliased.0 }
            return use(model)
        }
        if let primitive = Self.primitives[name] ?? Self.qualifiedPrimitive(name) { return primitive }
        if let model = modelName(name, context: nil) {
            if let aliased = try resolveAlias(model, at: location) { return aliased.0 }
            if let parameters = declared[model]?.genericParameters, !parameters.isEmpty {
                throw APIGenError(
                    "'\(name)' is generic: name its arguments, as in '\(name)[\(parameters.joined(separator: ","))]'", at: location, rule: .unknownType)
            }
            return use(model)
        }
        throw APIGenError("unknown type '\(name)'", at: location, rule: .unknownType)
    }

    /// A generic model with its arguments, as `Page[Item]`.
    private func instantiate(_ base: String, arguments: [TypeRef], context: String?, at location: InputLocation) throws(APIGenError) -> TypeRef {
        guard let model = modelName(base, context: context), let declaredType = declared[model] else {
            throw APIGenError("unknown type '\(base)'", at: location, rule: .unknownType)
        }
        guard declaredType.genericParameters.count == arguments.count else {
            throw APIGenError(
                "'\(base)' takes \(declaredType.genericParameters.count) type argument\(declaredType.genericParameters.count == 1 ? "" : "s"), not \(arguments.count)",
                at: location, rule: .unknownType)
        }
        let key = "\(model)[\(arguments.map(Self.canonical).joined(separator: ","))]"
        instances[key] = (model, Dictionary(uniqueKeysWithValues: zip(declaredType.genericParameters, arguments)))
        return use(key)
    }

    /// The annotation spelling of a resolved type, for instance names. A format is part of it, so
    /// `Mapping<UUID>` and `Mapping<String>` are two instances (`MappingOfUUID`, `MappingOfString`).
    private static func canonical(_ type: TypeRef) -> String {
        switch type {
        case .primitive(_, let format?): formatNames[format] ?? format
        case .primitive(let primitive, nil): primitive.rawValue
        case .model(let name): name
        case .array(let element): "[]" + canonical(element)
        case .dictionary(let value): "map[string]" + canonical(value)
        case .anyValue: "any"
        }
    }

    private static let formatNames: [String: String] = [
        "date-time": "Date", "uuid": "UUID", "uri": "URL", "byte": "Data", "binary": "File", "int64": "Int64", "int32": "Int32",
        "float": "Float", "double": "Double",
    ]

    /// Splits on commas outside brackets and braces: `A,Pair[B,C]` → `A`, `Pair[B,C]`.
    private static func topLevelSplit(_ text: Substring) -> [String] {
        var parts: [String] = []
        var depth = 0
        var current = ""
        for character in text {
            switch character {
            case "[", "{": depth += 1
            case "]", "}": depth -= 1
            case "," where depth == 0:
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts.filter { !$0.isEmpty }
    }

    /// A property's Swift type; returns the type and whether it is optional.
    func resolve(
        _ type: TypeSyntax, context: String, substitutions: [String: TypeRef] = [:], at location: InputLocation
    ) throws(APIGenError) -> (TypeRef, optional: Bool) {
        if let substituted = substitutions[type.trimmedDescription] { return (substituted, false) }
        if let optional = type.as(OptionalTypeSyntax.self) {
            return (try resolve(optional.wrappedType, context: context, substitutions: substitutions, at: location).0, true)
        }
        if let optional = type.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
            return (try resolve(optional.wrappedType, context: context, substitutions: substitutions, at: location).0, true)
        }
        if let array = type.as(ArrayTypeSyntax.self) {
            return (.array(try resolve(array.element, context: context, substitutions: substitutions, at: location).0), false)
        }
        if let dictionary = type.as(DictionaryTypeSyntax.self) {
            guard dictionary.key.trimmedDescription == "String" else {
                throw APIGenError("dictionary keys must be String in '\(type.trimmedDescription)'", at: location, rule: .unsupportedType)
            }
            return (.dictionary(try resolve(dictionary.value, context: context, substitutions: substitutions, at: location).0), false)
        }
        if let identifier = type.as(IdentifierTypeSyntax.self), let arguments = identifier.genericArgumentClause?.arguments {
            let types = arguments.compactMap { $0.argument.as(TypeSyntax.self) }
            switch (identifier.name.text, types.count) {
            case ("Optional", 1): return (try resolve(types[0], context: context, substitutions: substitutions, at: location).0, true)
            case ("Array", 1), ("Set", 1): return (.array(try resolve(types[0], context: context, substitutions: substitutions, at: location).0), false)
            case ("Dictionary", 2) where types[0].trimmedDescription == "String":
                return (.dictionary(try resolve(types[1], context: context, substitutions: substitutions, at: location).0), false)
            default:
                // `Page<Item>` on a generic model of the inputs.
                guard modelName(identifier.name.text, context: context).flatMap({ declared[$0] })?.genericParameters.isEmpty == false else {
                    throw APIGenError("unsupported type '\(type.trimmedDescription)'", at: location, rule: .unsupportedType)
                }
                var arguments: [TypeRef] = []
                for argument in types { arguments.append(try resolve(argument, context: context, substitutions: substitutions, at: location).0) }
                return (try instantiate(identifier.name.text, arguments: arguments, context: context, at: location), false)
            }
        }
        let name = type.trimmedDescription
        if let model = shadowingModel(name, context: context) {
            if let aliased = try resolveAlias(model, at: location) { return aliased }
            return (use(model), false)
        }
        if let primitive = Self.primitives[name] ?? Self.qualifiedPrimitive(name), name.first?.isUppercase == true { return (primitive, false) }
        if let model = modelName(name, context: context) {
            if let aliased = try resolveAlias(model, at: location) { return aliased }
            return (use(model), false)
        }
        throw APIGenError("unknown type '\(name)'", at: location, rule: .unknownType)
    }

    /// `typealias ID = UUID`: the aliased type, looked up from where the alias is declared; nil
    /// when `model` is no alias. A cycle of aliases is an unknown type.
    private func resolveAlias(_ model: String, at location: InputLocation) throws(APIGenError) -> (TypeRef, optional: Bool)? {
        guard case .alias(let target) = declared[model]?.shape else { return nil }
        guard resolvingAliases.insert(model).inserted else {
            throw APIGenError("typealias '\(model)' refers to itself", at: location, rule: .unknownType)
        }
        defer { resolvingAliases.remove(model) }
        return try resolve(target, context: model.split(separator: ".").dropLast().joined(separator: "."), at: location)
    }

    /// Builds every model reached so far, and the ones they reach in turn.
    func buildReachableModels() {
        while let name = pending.popLast() {
            guard models[name] == nil else { continue }
            if let composition = compositions[name] {
                buildComposition(name, composition)
                continue
            }
            let instance = instances[name]
            guard let type = declared[instance?.base ?? name] else { continue }
            let substitutions = instance?.arguments ?? [:]
            switch type.shape {
            case .stringEnum(let cases):
                models[name] = ModelType(name: name, description: type.description, shape: .stringEnum(cases), location: type.location)
            case .integerEnum(let cases):
                models[name] = ModelType(name: name, description: type.description, shape: .integerEnum(cases), location: type.location)
            case .unsupported(let reason):
                errors.append(APIGenError(reason, at: type.location, rule: .unsupportedType))
                models[name] = ModelType(name: name, description: nil, shape: .object([]), location: type.location)
            case .alias:
                // Aliases are resolved where they are used and never become models.
                continue
            case .object:
                var properties: [Property] = []
                for (property, key) in type.encodedProperties {
                    do {
                        let (resolved, optional) = try resolve(
                            property.type, context: instance?.base ?? name, substitutions: substitutions, at: property.location)
                        properties.append(Property(
                            swiftName: property.name, jsonName: keyStrategy.apply(key), type: resolved, required: !optional,
                            description: property.description))
                    } catch {
                        errors.append(error)
                    }
                }
                models[name] = ModelType(name: name, description: type.description, shape: .object(properties), location: type.location)
            }
        }
    }

    /// The base's properties with the annotation's fields set (added when the base lacks them).
    private func buildComposition(_ name: String, _ composition: (base: TypeRef, fields: [(name: String, type: TypeRef)])) {
        guard case .model(let baseName) = composition.base else { return }
        if models[baseName] == nil && deferredCompositions.insert(name).inserted {
            // The base first: build it, then come back to this one.
            pending.append(name)
            pending.append(baseName)
            return
        }
        guard let base = models[baseName], case .object(let baseProperties) = base.shape else {
            errors.append(APIGenError("only an object type can be composed, not '\(baseName)'", at: models[baseName]?.location ?? InputLocation(file: "", line: 1, column: 1), rule: .unsupportedType))
            models[name] = ModelType(name: name, description: nil, shape: .object([]), location: InputLocation(file: "", line: 1, column: 1))
            return
        }
        let fields = composition.fields.map { field in
            Property(
                swiftName: field.name, jsonName: field.name, type: field.type, required: true,
                description: baseProperties.first { $0.jsonName == field.name }?.description)
        }
        var properties = baseProperties.filter { property in !fields.contains { $0.jsonName == property.jsonName } }
        properties += fields
        // allOf only adds: a field the base already declares with another type would make the
        // schema unsatisfiable, so then the document gets the merged object instead.
        let onlyAdds = fields.allSatisfy { field in baseProperties.first { $0.jsonName == field.jsonName }.map { $0.type == field.type } ?? true }
        models[name] = ModelType(
            name: name, description: base.description, shape: .object(properties), location: base.location,
            composition: onlyAdds ? (baseName, fields) : nil)
    }

    private func use(_ model: String) -> TypeRef {
        if models[model] == nil { pending.append(model) }
        return .model(model)
    }

    /// Swift's lookup order for a type name used inside `context`: its nested types, then the
    /// enclosing types' nested types, then the top level; a simple name used at top level may
    /// also name a unique nested type.
    /// A type of the inputs named like a standard one (`struct Date`) where Swift finds it before
    /// the standard one: declared in an enclosing type or at the top level. In the user's code it
    /// shadows Foundation's, so it does here; a type nested elsewhere does not.
    private func shadowingModel(_ name: String, context: String?) -> String? {
        guard Self.primitives[name] != nil, name.first?.isUppercase == true else { return nil }
        return modelName(name, context: context ?? "")
    }

    /// `Foundation.Date`, `Swift.String`: the standard type, however the inputs name their own.
    private static func qualifiedPrimitive(_ name: String) -> TypeRef? {
        for module in ["Swift.", "Foundation."] where name.hasPrefix(module) {
            let base = String(name.dropFirst(module.count))
            if base.first?.isUppercase == true, let primitive = primitives[base] { return primitive }
        }
        return nil
    }

    func modelName(_ name: String, context: String?) -> String? {
        if let context {
            var parts = context.split(separator: ".").map(String.init)
            while !parts.isEmpty {
                let candidate = (parts + [name]).joined(separator: ".")
                if declared[candidate] != nil { return candidate }
                parts.removeLast()
            }
        }
        if declared[name] != nil { return name }
        if context == nil {
            let matches = declared.keys.filter { $0.hasSuffix("." + name) }
            if matches.count == 1 { return matches[0] }
        }
        return nil
    }
}

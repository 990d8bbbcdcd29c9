/// SDK types for TypeScript: readonly interfaces, string-union enums with a values array.
/// The output passes `tsc --strict --noEmit`. Arrays and maps are written in type syntax
/// (`readonly T[]`, `{ readonly [key: string]: T }`), never through the global `ReadonlyArray`,
/// `Readonly` or `Record`, which a type of the API may shadow in the module.
enum TypeScriptWriter {
    static func file(for spec: APISpec) -> String {
        var out = "// \(GeneratedFile.marker)\n// \(spec.info.title) \(spec.info.version)\n\n"
        for model in spec.sortedModels {
            out += comment(model.description, indent: "")
            switch model.shape {
            case .stringEnum(let cases):
                let values = cases.map { ExampleValue.quoted($0.value) }
                out += "export type \(model.flatName) = \(values.isEmpty ? "never" : values.joined(separator: " | "));\n\n"
                out += "export const \(model.flatName)Values: readonly \(model.flatName)[] = [\(values.joined(separator: ", "))] as const;\n\n"
            case .integerEnum(let cases):
                let values = cases.map { String($0.value) }
                out += "export type \(model.flatName) = \(values.isEmpty ? "never" : values.joined(separator: " | "));\n\n"
                out += "export const \(model.flatName)Values: readonly \(model.flatName)[] = [\(values.joined(separator: ", "))] as const;\n\n"
            case .object(let properties):
                out += "export interface \(model.flatName) {\n"
                for property in properties {
                    out += comment(property.description, indent: "  ")
                    out += "  readonly \(propertyName(property.jsonName))\(property.required ? "" : "?"): \(typeName(property.type));\n"
                }
                out += "}\n\n"
            }
        }
        return String(out.dropLast())
    }

    static func typeName(_ type: TypeRef) -> String {
        switch type {
        case .primitive(let primitive, _):
            switch primitive {
            case .string: return "string"
            case .integer, .number: return "number"
            case .boolean: return "boolean"
            }
        case .model(let name): return ModelType.flatName(name)
        case .array(let element):
            let written = typeName(element)
            return "readonly \(written.hasPrefix("readonly ") ? "(\(written))" : written)[]"
        case .dictionary(let value): return "{ readonly [key: string]: \(typeName(value)) }"
        case .anyValue: return "unknown"
        }
    }

    private static func propertyName(_ name: String) -> String {
        let isIdentifier = name.first.map { $0.isLetter || $0 == "_" || $0 == "$" } == true
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
        return isIdentifier ? name : ExampleValue.quoted(name)
    }

    private static func comment(_ text: String?, indent: String) -> String {
        guard let text else { return "" }
        // Blank lines stay: they separate Markdown paragraphs.
        let body = text.replacingOccurrences(of: "*/", with: "*\\/").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "\(indent) *" : "\(indent) * \($0)" }
        return "\(indent)/**\n" + body.joined(separator: "\n") + "\n\(indent) */\n"
    }
}

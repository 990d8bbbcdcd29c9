/// Deterministic example values for docs: "string", 0, true, a fixed date-time and UUID, the
/// first enum value. Objects keep their declared property order.
indirect enum ExampleValue {
    case string(String)
    case number(String)
    case bool(Bool)
    case array([ExampleValue])
    case object([(String, ExampleValue)])
    case null

    static func example(for type: TypeRef, in spec: APISpec, visiting: Set<String> = []) -> ExampleValue {
        switch type {
        case .primitive(let primitive, let format):
            switch primitive {
            case .string:
                switch format {
                case "date-time": return .string("2024-01-01T00:00:00Z")
                case "uuid": return .string("00000000-0000-0000-0000-000000000000")
                case "uri": return .string("https://example.com")
                case "byte": return .string("ZXhhbXBsZQ==")
                default: return .string("string")
                }
            case .integer, .number: return .number("0")
            case .boolean: return .bool(true)
            }
        case .array(let element):
            return .array([example(for: element, in: spec, visiting: visiting)])
        case .anyValue:
            return .null
        case .dictionary(let value):
            return .object([("key", example(for: value, in: spec, visiting: visiting))])
        case .model(let name):
            // A type that contains itself ends in null rather than recursing forever.
            guard let model = spec.models[name], !visiting.contains(name) else { return .null }
            switch model.shape {
            case .stringEnum(let cases): return .string(cases.first?.value ?? "")
            case .integerEnum(let cases): return .number(String(cases.first?.value ?? 0))
            case .object(let properties):
                return .object(properties.map { ($0.jsonName, example(for: $0.type, in: spec, visiting: visiting.union([name]))) })
            }
        }
    }

    /// Two-space indented JSON.
    func json(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .string(let text): return Self.quoted(text)
        case .number(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            return "[\n" + items.map { inner + $0.json(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            return "{\n" + members.map { inner + Self.quoted($0.0) + ": " + $0.1.json(indent: inner) }.joined(separator: ",\n") + "\n\(indent)}"
        }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

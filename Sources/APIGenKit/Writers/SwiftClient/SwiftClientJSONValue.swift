extension SwiftClientWriter {
    static func usesAnyValue(_ spec: APISpec) -> Bool {
        func contains(_ type: TypeRef) -> Bool {
            switch type {
            case .anyValue: true
            case .array(let element), .dictionary(let element): contains(element)
            case .primitive, .model: false
            }
        }
        let modelTypes = spec.models.values.flatMap { model -> [TypeRef] in
            guard case .object(let properties) = model.shape else { return [] }
            return properties.map(\.type)
        }
        let operationTypes = spec.operations.flatMap { $0.parameters.map(\.type) + $0.responses.compactMap(\.type) + $0.headers.map(\.type) }
        return (modelTypes + operationTypes).contains(where: contains)
    }

    /// Any JSON value, for swag's free-form `object`; declared, nested in the client, only when the
    /// API uses one.
    static func jsonValue(_ names: SwiftClientNames) -> String {
        """

        extension APIClient {
            /// Any JSON value.
        \(names.renameNote("JSONValue", names.jsonValue))    public enum JSONValue: Codable, Sendable, Hashable {
                case null
                case bool(Bool)
                case number(Double)
                case string(String)
                case array([JSONValue])
                case object([String: JSONValue])

                public init(from decoder: Decoder) throws {
                    let container = try decoder.singleValueContainer()
                    if container.decodeNil() {
                        self = .null
                    } else if let value = try? container.decode(Bool.self) {
                        self = .bool(value)
                    } else if let value = try? container.decode(Double.self) {
                        self = .number(value)
                    } else if let value = try? container.decode(String.self) {
                        self = .string(value)
                    } else if let value = try? container.decode([JSONValue].self) {
                        self = .array(value)
                    } else {
                        self = .object(try container.decode([String: JSONValue].self))
                    }
                }

                public func encode(to encoder: Encoder) throws {
                    var container = encoder.singleValueContainer()
                    switch self {
                    case .null: try container.encodeNil()
                    case .bool(let value): try container.encode(value)
                    case .number(let value): try container.encode(value)
                    case .string(let value): try container.encode(value)
                    case .array(let value): try container.encode(value)
                    case .object(let value): try container.encode(value)
                    }
                }
            }

            /// A free-form parameter (`@Param filter query object`) as JSON text, keys sorted.
            static func text(_ value: [String: JSONValue]) -> String { json(value) }
            static func text(_ value: JSONValue) -> String { json(value) }

            private static func json(_ value: some Encodable) -> String {
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            }
        }

        """
    }
}

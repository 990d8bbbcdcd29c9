extension SwiftClientWriter {
    /// The Swift types of parameters that are more than their JSON type: an enum a parameter names
    /// (`@Param genre query Genre`) is that enum, declared beside the models when no model reaches
    /// it; a string parameter with `enums(a,b)` gets an enum of its own, nested in `APIClient` and
    /// named after its method and itself (`SearchSort`); a `format(uuid)` or `format(date-time)`
    /// string is a `UUID` or a `Date`. The document inlines all of these, as swag writes them.
    struct ParameterTypes {
        /// Enums that parameters name and no model reaches, by name.
        private(set) var enumModels: [ModelType] = []
        /// Each inline enum's Swift name and values, in operation order.
        private(set) var inlineEnums: [(name: String, values: [String])] = []
        private var inlineNames: [String: String] = [:]

        private let names: SwiftClientNames

        init(_ spec: APISpec, names: SwiftClientNames) {
            self.names = names
            var declaredEnums = Set(spec.models.values.map(\.flatName))
            // Nested in the client, beside its helpers: neither a model's name nor a helper's.
            var taken = names.modelNames.union(names.helperNames)
            for operation in spec.operations {
                for parameter in operation.parameters where parameter.location != .body {
                    if let model = parameter.enumModel {
                        if declaredEnums.insert(model.flatName).inserted { enumModels.append(model) }
                    } else if Self.isInlineStringEnum(parameter) {
                        let base = Self.upperCamelCase(methodName(operation)) + Self.upperCamelCase(lowerCamelCase(parameter.name, fallback: "value"))
                        var name = base
                        var suffix = 2
                        while !taken.insert(name).inserted {
                            name = base + String(suffix)
                            suffix += 1
                        }
                        inlineNames[Self.key(operation, parameter)] = name
                        inlineEnums.append((name, parameter.enumValues))
                    }
                }
            }
            enumModels.sort { $0.name < $1.name }
        }

        /// The type a parameter has in its method's signature.
        func typeName(_ parameter: Parameter, in operation: APIOperation) -> String {
            if SwiftClientWriter.isFile(parameter) { return names.standard("Data") }
            if let model = parameter.enumModel { return names.model(model.name) }
            if let name = inlineNames[Self.key(operation, parameter)] { return name }
            if let format = parameter.format, case .primitive(let primitive, _) = parameter.type {
                return names.typeName(.primitive(primitive, format: format))
            }
            return names.typeName(parameter.type)
        }

        /// The nested enums, as an extension of `APIClient` (empty when there are none).
        var inlineDeclarations: String {
            guard !inlineEnums.isEmpty else { return "" }
            var out = "\nextension \(names.client) {\n"
            for (index, item) in inlineEnums.enumerated() {
                if index > 0 { out += "\n" }
                let conformances = ["String", "Codable", "Sendable", "Hashable", "CaseIterable"].map(names.standard)
                out += "    public enum \(item.name): \(conformances.joined(separator: ", ")) {\n"
                var caseNames: Set<String> = []
                for value in item.values {
                    var caseName = lowerCamelCase(value, fallback: "empty")
                    while !caseNames.insert(caseName).inserted { caseName += "_" }
                    out += "        case \(identifier(caseName)) = \(ExampleValue.quoted(value))\n"
                }
                out += "    }\n"
            }
            return out + "}\n"
        }

        private static func isInlineStringEnum(_ parameter: Parameter) -> Bool {
            guard !parameter.enumValues.isEmpty, case .primitive(.string, _) = parameter.type else { return false }
            return parameter.format == nil
        }

        private static func key(_ operation: APIOperation, _ parameter: Parameter) -> String {
            "\(operation.id) \(parameter.location.rawValue) \(parameter.name)"
        }

        /// `listJobs` → `ListJobs`; `_2faVerify` stays as it is (a type name cannot start with a digit).
        private static func upperCamelCase(_ name: String) -> String {
            name.prefix(1).uppercased() + name.dropFirst()
        }
    }
}

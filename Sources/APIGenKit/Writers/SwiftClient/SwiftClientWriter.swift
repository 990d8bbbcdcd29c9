/// A standalone Swift client: the model types and one typed `async throws` method per operation
/// over URLSession (FoundationNetworking on Linux). The output passes `swiftc -typecheck`.
enum SwiftClientWriter {
    static func file(for spec: APISpec) -> String {
        var out = """
            // \(GeneratedFile.marker)
            // \(spec.info.title) \(spec.info.version)

            import Foundation
            #if canImport(FoundationNetworking)
            import FoundationNetworking
            #endif


            """
        let recursive = recursiveModels(spec)
        let parameterTypes = ParameterTypes(spec)
        let models = (spec.sortedModels + parameterTypes.enumModels).sorted { $0.name < $1.name }
        for model in models { out += declaration(model, asClass: recursive.contains(model.name)) + "\n" }
        if usesAnyValue(spec) { out += jsonValue + "\n" }
        out += client(spec, parameterTypes: parameterTypes)
        return out
    }

    /// Models that contain themselves (`Member.invitedBy: Member?`): a struct cannot, so these
    /// become final classes with constant properties.
    static func recursiveModels(_ spec: APISpec) -> Set<String> {
        func references(_ type: TypeRef) -> [String] {
            switch type {
            case .primitive, .anyValue: return []
            case .model(let name): return [name]
            case .array(let element), .dictionary(let element): return references(element)
            }
        }
        func directReferences(_ name: String) -> [String] {
            guard case .object(let properties)? = spec.models[name]?.shape else { return [] }
            return properties.flatMap { references($0.type) }
        }
        var recursive = Set<String>()
        for name in spec.models.keys {
            var seen = Set<String>()
            var stack = directReferences(name)
            while let next = stack.popLast() {
                if next == name {
                    recursive.insert(name)
                    break
                }
                if seen.insert(next).inserted { stack += directReferences(next) }
            }
        }
        return recursive
    }

    private static func declaration(_ model: ModelType, asClass: Bool) -> String {
        var out = docComment(model.description, indent: "")
        switch model.shape {
        case .stringEnum(let cases):
            out += "public enum \(model.flatName): String, Codable, Sendable, Hashable, CaseIterable {\n"
            for item in cases { out += "    case \(identifier(item.swiftName)) = \(ExampleValue.quoted(item.value))\n" }
            out += "}\n"
        case .integerEnum(let cases):
            out += "public enum \(model.flatName): Int, Codable, Sendable, Hashable, CaseIterable {\n"
            for item in cases { out += "    case \(identifier(item.swiftName)) = \(item.value)\n" }
            out += "}\n"
        case .object(let properties):
            out += asClass
                ? "public final class \(model.flatName): Codable, Sendable {\n"
                : "public struct \(model.flatName): Codable, Sendable {\n"
            for property in properties {
                out += docComment(property.description, indent: "    ")
                out += "    public \(asClass ? "let" : "var") \(identifier(property.swiftName)): \(typeName(property.type))\(property.required ? "" : "?")\n"
            }
            let parameters = properties.map { "\(identifier($0.swiftName)): \(typeName($0.type))\($0.required ? "" : "? = nil")" }
            out += "\n    public init(\(parameters.joined(separator: ", "))) {\n"
            for property in properties { out += "        self.\(identifier(property.swiftName)) = \(identifier(property.swiftName))\n" }
            out += "    }\n"
            if !properties.isEmpty {
                // Explicit keys: the client is right whatever key strategy its decoder uses.
                out += "\n    enum CodingKeys: String, CodingKey {\n"
                for property in properties {
                    out += "        case \(identifier(property.swiftName)) = \(ExampleValue.quoted(property.jsonName))\n"
                }
                out += "    }\n"
            }
            out += "}\n"
        }
        return out
    }

    /// Credentials beyond the API key, declared only when a scheme needs them, so clients of
    /// API-key-only APIs keep their shape.
    private static func credentials(_ spec: APISpec) -> [(name: String, type: String)] {
        var found: [(name: String, type: String)] = []
        if spec.info.securitySchemes.contains(where: { $0.kind == .basic }) {
            found.append(("basicCredentials", "(username: String, password: String)?"))
        }
        if spec.info.securitySchemes.contains(where: { if case .oauth2 = $0.kind { true } else { false } }) {
            found.append(("accessToken", "String?"))
        }
        return found
    }

    private static func credentialProperties(_ spec: APISpec) -> String {
        credentials(spec).map { "    public let \($0.name): \($0.type)\n" }.joined()
    }

    private static func credentialParameters(_ spec: APISpec) -> String {
        credentials(spec).map { "\($0.name): \($0.type) = nil, " }.joined()
    }

    private static func credentialAssignments(_ spec: APISpec) -> String {
        credentials(spec).map { "        self.\($0.name) = \($0.name)\n" }.joined()
    }

    private static func client(_ spec: APISpec, parameterTypes: ParameterTypes) -> String {
        var out = errorTypes + """
            /// Calls the \(spec.info.title) API.
            public final class APIClient: @unchecked Sendable {
                public let baseURL: URL
                public let apiKey: String?
            \(credentialProperties(spec))    let session: URLSession

                public init(baseURL: URL, apiKey: String? = nil, \(credentialParameters(spec))session: URLSession = .shared) {
                    self.baseURL = baseURL
                    self.apiKey = apiKey
            \(credentialAssignments(spec))        self.session = session
                }

            """
        for operation in spec.operations { out += "\n" + method(operation, spec: spec, parameterTypes: parameterTypes) }
        let forms = spec.operations.contains { formEncoding($0) != nil } ? formBody : ""
        return out + "\n" + runtime + forms + parameterTypes.inlineDeclarations
    }

    private static func method(_ operation: APIOperation, spec: APISpec, parameterTypes: ParameterTypes) -> String {
        let parameters = operation.parameters
        let names = ArgumentNames(parameters)
        func argumentName(_ parameter: Parameter) -> String { names.local(parameter) }
        var signature: [String] = []
        for parameter in parameters.sorted(by: { $0.required && !$1.required }) {
            let type = parameterTypes.typeName(parameter, in: operation)
            signature.append(names.declaration(parameter) + (parameter.required ? ": \(type)" : ": \(type)? = nil"))
        }
        let returnType = operation.successResponse?.type.map(typeName)
        var out = docComment([operation.summary, operation.description].compactMap { $0 }.joined(separator: "\n\n"), indent: "    ")
        out += "    /// `\(operation.method.rawValue.uppercased()) \(operation.path)`\n"
        if operation.deprecated { out += "    @available(*, deprecated)\n" }
        out += "    public func \(identifier(methodName(operation)))(\(signature.joined(separator: ", "))) async throws\(returnType.map { " -> \($0)" } ?? "") {\n"
        var path = (spec.info.basePath ?? "").trimmingSuffix("/") + operation.path
        for parameter in parameters where parameter.location == .path {
            path = path.replacingOccurrences(of: "{\(parameter.name)}", with: "\\(Self.encodePath(Self.text(\(argumentName(parameter)))))")
        }
        let queryVaries = parameters.contains { $0.location == .query }
            || operation.security.contains { name in spec.info.securitySchemes.contains { $0.name == name && $0.location == "query" } }
        let headersVary = parameters.contains { $0.location == .header || $0.location == .formData }
            || operation.security.contains { name in spec.info.securitySchemes.contains { $0.name == name && $0.location != "query" } }
        out += "        \(queryVaries ? "var" : "let") query: [URLQueryItem] = []\n"
        out += "        \(headersVary ? "var" : "let") headers: [String: String] = [:]\n"
        for parameter in parameters where parameter.location == .query {
            let name = argumentName(parameter)
            let key = ExampleValue.quoted(parameter.name)
            // Arrays: one item per value (`multi`), else the values joined (csv by default).
            let append: String
            if case .array = parameter.type {
                append = parameter.collectionFormat == "multi"
                    ? "for item in \(name) { query.append(URLQueryItem(name: \(key), value: Self.text(item))) }"
                    : "query.append(URLQueryItem(name: \(key), value: \(name).map { Self.text($0) }.joined(separator: \(ExampleValue.quoted(MarkdownWriter.collectionSeparator(parameter))))))"
            } else {
                append = "query.append(URLQueryItem(name: \(key), value: Self.text(\(name))))"
            }
            out += parameter.required ? "        \(append)\n" : "        if let \(name) { \(append) }\n"
        }
        for parameter in parameters where parameter.location == .header {
            let name = argumentName(parameter)
            out += parameter.required
                ? "        headers[\(ExampleValue.quoted(parameter.name))] = Self.text(\(name))\n"
                : "        if let \(name) { headers[\(ExampleValue.quoted(parameter.name))] = Self.text(\(name)) }\n"
        }
        var bearerSent = false
        for name in operation.security {
            guard let scheme = spec.info.securitySchemes.first(where: { $0.name == name }) else { continue }
            let field = ExampleValue.quoted(scheme.parameterName)
            switch scheme.kind {
            case .apiKey:
                out += scheme.location == "query"
                    ? "        if let apiKey { query.append(URLQueryItem(name: \(field), value: apiKey)) }\n"
                    : "        if let apiKey { headers[\(field)] = apiKey }\n"
            case .basic:
                out += "        if let basicCredentials { headers[\"Authorization\"] = \"Basic \" + Data(\"\\(basicCredentials.username):\\(basicCredentials.password)\".utf8).base64EncodedString() }\n"
            case .oauth2:
                // One token serves every OAuth 2 alternative.
                if !bearerSent { out += "        if let accessToken { headers[\"Authorization\"] = \"Bearer \\(accessToken)\" }\n" }
                bearerSent = true
            }
        }
        if let form = formStatements(operation, argumentName: argumentName) {
            out += form
        } else if let body = parameters.first(where: { $0.location == .body }) {
            let name = argumentName(body)
            out += body.required
                ? "        let body: Data? = try Self.encoder().encode(\(name))\n"
                : "        let body: Data? = try \(name).map { try Self.encoder().encode($0) }\n"
        } else {
            out += "        let body: Data? = nil\n"
        }
        let call = "try await send(\(ExampleValue.quoted(operation.method.rawValue.uppercased())), \(ExampleValue.quoted(path).replacingOccurrences(of: "\\\\(", with: "\\(")), query: query, headers: headers, body: body)"
            + failureClosure(operation)
        if let returnType {
            out += "        let data = \(call)\n        return try Self.decoder().decode(\(returnType).self, from: data)\n"
        } else {
            out += "        _ = \(call)\n"
        }
        out += "    }\n"
        return out
    }

    /// A wire name as a Swift lowerCamelCase name: `get-workspace-by-id` → `getWorkspaceByID`-style
    /// word joining (`getWorkspaceById`), `v2.list_jobs` → `v2ListJobs`, a leading digit gets `_`.
    /// Keywords are left for ``identifier(_:)`` to quote.
    static func lowerCamelCase(_ name: String, fallback: String) -> String {
        var words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard !words.isEmpty else { return fallback }
        let first = words.removeFirst()
        let joined = first.prefix(1).lowercased() + first.dropFirst() + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return joined.first?.isNumber == true ? "_" + joined : joined
    }

    /// The Swift client method an operation becomes.
    static func methodName(_ operation: APIOperation) -> String {
        lowerCamelCase(operation.id, fallback: "operation")
    }

    static func typeName(_ type: TypeRef) -> String {
        switch type {
        case .primitive(let primitive, let format):
            switch (primitive, format) {
            case (.string, "date-time"): return "Date"
            case (.string, "uuid"): return "UUID"
            case (.string, "uri"): return "URL"
            case (.string, "byte"): return "Data"
            case (.string, _): return "String"
            case (.integer, "int32"): return "Int32"
            case (.integer, _): return "Int"
            case (.number, "float"): return "Float"
            case (.number, _): return "Double"
            case (.boolean, _): return "Bool"
            }
        case .model(let name): return ModelType.flatName(name)
        case .array(let element): return "[\(typeName(element))]"
        case .dictionary(let value): return "[String: \(typeName(value))]"
        case .anyValue: return "JSONValue"
        }
    }

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "func", "import", "init", "inout", "let", "operator",
        "protocol", "struct", "subscript", "typealias", "var", "break", "case", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while", "as", "catch", "false",
        "is", "nil", "rethrows", "super", "self", "Self", "throw", "throws", "true", "try", "internal", "public", "private",
        "static", "Type", "Any", "some", "any",
    ]

    static func identifier(_ name: String) -> String { keywords.contains(name) ? "`\(name)`" : name }

    private static func docComment(_ text: String?, indent: String) -> String {
        guard let text, !text.isEmpty else { return "" }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { "\(indent)/// \($0)".trimmingTrailingSpaces }.joined(separator: "\n") + "\n"
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.hasSuffix(" ") { copy.removeLast() }
        return copy
    }
}

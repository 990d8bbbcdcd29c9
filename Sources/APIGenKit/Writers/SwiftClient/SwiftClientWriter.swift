import ToolSupport

/// A standalone Swift client: the model types and one typed `async throws` method per operation
/// over URLSession (FoundationNetworking on Linux). The output passes `swiftc -typecheck`, in a
/// module where the API's types take any names (``SwiftClientNames``).
struct SwiftClientWriter {
    let spec: APISpec
    let names: SwiftClientNames
    let parameterTypes: ParameterTypes

    init(_ spec: APISpec) {
        self.spec = spec
        names = SwiftClientNames(spec)
        parameterTypes = ParameterTypes(spec, names: names)
    }

    /// The client file, and the findings that say what the client had to rename.
    static func client(for spec: APISpec) -> (file: String, renames: [Diagnostic]) {
        let writer = SwiftClientWriter(spec)
        return (writer.file(), writer.names.renames)
    }

    func file() -> String {
        var out = """
            // \(GeneratedFile.marker)
            // \(spec.info.title) \(spec.info.version)

            import Foundation
            #if canImport(FoundationNetworking)
            import FoundationNetworking
            #endif


            """
        let recursive = Self.recursiveModels(spec)
        let models = (spec.sortedModels + parameterTypes.enumModels).sorted { names.model($0.name) < names.model($1.name) }
        for model in models { out += declaration(model, asClass: recursive.contains(model.name)) + "\n" }
        out += client()
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

    /// Protocols as the client writes them, each qualified where the API shadows it.
    private func conformances(_ protocols: String...) -> String {
        protocols.map(names.standard).joined(separator: ", ")
    }

    private func declaration(_ model: ModelType, asClass: Bool) -> String {
        var out = Self.docComment(model.description, indent: "")
        let name = names.model(model.name)
        switch model.shape {
        case .stringEnum(let cases):
            out += "public enum \(name): \(conformances("String", "Codable", "Sendable", "Hashable", "CaseIterable")) {\n"
            for item in cases { out += "    case \(Self.identifier(item.swiftName)) = \(ExampleValue.quoted(item.value))\n" }
            out += "}\n"
        case .integerEnum(let cases):
            out += "public enum \(name): \(conformances("Int", "Codable", "Sendable", "Hashable", "CaseIterable")) {\n"
            for item in cases { out += "    case \(Self.identifier(item.swiftName)) = \(item.value)\n" }
            out += "}\n"
        case .object(let properties):
            out += asClass
                ? "public final class \(name): \(conformances("Codable", "Sendable")) {\n"
                : "public struct \(name): \(conformances("Codable", "Sendable")) {\n"
            for property in properties {
                out += Self.docComment(property.description, indent: "    ")
                out += "    public \(asClass ? "let" : "var") \(Self.identifier(property.swiftName)): \(typeName(property.type))\(property.required ? "" : "?")\n"
            }
            let parameters = properties.map { "\(Self.identifier($0.swiftName)): \(typeName($0.type))\($0.required ? "" : "? = nil")" }
            out += "\n    public init(\(parameters.joined(separator: ", "))) {\n"
            for property in properties { out += "        self.\(Self.identifier(property.swiftName)) = \(Self.identifier(property.swiftName))\n" }
            out += "    }\n"
            if !properties.isEmpty {
                // Explicit keys: the client is right whatever key strategy its decoder uses.
                out += "\n    enum CodingKeys: \(conformances("String", "CodingKey")) {\n"
                for property in properties {
                    out += "        case \(Self.identifier(property.swiftName)) = \(ExampleValue.quoted(property.jsonName))\n"
                }
                out += "    }\n"
            }
            out += "}\n"
        }
        return out
    }

    /// Credentials beyond the API key, declared only when a scheme needs them, so clients of
    /// API-key-only APIs keep their shape.
    private func credentials() -> [(name: String, type: String)] {
        let string = names.standard("String")
        var found: [(name: String, type: String)] = []
        if spec.info.securitySchemes.contains(where: { $0.kind == .basic }) {
            found.append(("basicCredentials", "(username: \(string), password: \(string))?"))
        }
        if spec.info.securitySchemes.contains(where: { if case .oauth2 = $0.kind { true } else { false } }) {
            found.append(("accessToken", "\(string)?"))
        }
        return found
    }

    /// The class: its properties and initializer, a method per operation, then the fixed code
    /// (the runtime and the helper types the API needs) under this client's names.
    private func client() -> String {
        let credentials = credentials()
        let string = names.standard("String")
        let url = names.standard("URL")
        var out = """
            /// Calls the \(spec.info.title) API.
            public final class \(names.client): @unchecked \(names.standard("Sendable")) {
                public let baseURL: \(url)
                public let apiKey: \(string)?
            \(credentials.map { "    public let \($0.name): \($0.type)\n" }.joined())    let session: URLSession

                public init(baseURL: \(url), apiKey: \(string)? = nil, \(credentials.map { "\($0.name): \($0.type) = nil, " }.joined())session: URLSession = .shared) {
                    self.baseURL = baseURL
                    self.apiKey = apiKey
            \(credentials.map { "        self.\($0.name) = \($0.name)\n" }.joined())        self.session = session
                }

            """
        for operation in spec.operations { out += "\n" + method(operation) }
        var fixed = Self.runtime + Self.errorTypes(names)
        if Self.usesAnyValue(spec) { fixed += Self.jsonValue(names) }
        if spec.operations.contains(where: { Self.formEncoding($0) != nil }) { fixed += Self.formBody(names) }
        return out + "}\n\n" + SwiftClientTemplate.render(fixed, names) + parameterTypes.inlineDeclarations
    }

    private func method(_ operation: APIOperation) -> String {
        let parameters = operation.parameters
        let arguments = ArgumentNames(parameters)
        func argumentName(_ parameter: Parameter) -> String { arguments.local(parameter) }
        var signature: [String] = []
        for parameter in parameters.sorted(by: { $0.required && !$1.required }) {
            let type = parameterTypes.typeName(parameter, in: operation)
            signature.append(arguments.declaration(parameter) + (parameter.required ? ": \(type)" : ": \(type)? = nil"))
        }
        let returnType = operation.successResponse?.type.map(typeName)
        let string = names.standard("String")
        let queryItem = names.standard("URLQueryItem")
        let data = names.standard("Data")
        var out = Self.docComment([operation.summary, operation.description].compactMap { $0 }.joined(separator: "\n\n"), indent: "    ")
        out += "    /// `\(operation.method.rawValue.uppercased()) \(operation.path)`\n"
        if operation.deprecated { out += "    @available(*, deprecated)\n" }
        out += "    public func \(Self.identifier(Self.methodName(operation)))(\(signature.joined(separator: ", "))) async throws\(returnType.map { " -> \($0)" } ?? "") {\n"
        var path = (spec.info.basePath ?? "").trimmingSuffix("/") + operation.path
        for parameter in parameters where parameter.location == .path {
            path = path.replacingOccurrences(of: "{\(parameter.name)}", with: "\\(Self.encodePath(Self.text(\(argumentName(parameter)))))")
        }
        let queryVaries = parameters.contains { $0.location == .query }
            || operation.security.contains { name in spec.info.securitySchemes.contains { $0.name == name && $0.location == "query" } }
        let headersVary = parameters.contains { $0.location == .header || $0.location == .formData }
            || operation.security.contains { name in spec.info.securitySchemes.contains { $0.name == name && $0.location != "query" } }
        out += "        \(queryVaries ? "var" : "let") query: [\(queryItem)] = []\n"
        out += "        \(headersVary ? "var" : "let") headers: [\(string): \(string)] = [:]\n"
        for parameter in parameters where parameter.location == .query {
            let name = argumentName(parameter)
            let key = ExampleValue.quoted(parameter.name)
            // Arrays: one item per value (`multi`), else the values joined (csv by default).
            let append: String
            if case .array = parameter.type {
                append = parameter.collectionFormat == "multi"
                    ? "for item in \(name) { query.append(\(queryItem)(name: \(key), value: Self.text(item))) }"
                    : "query.append(\(queryItem)(name: \(key), value: \(name).map { Self.text($0) }.joined(separator: \(ExampleValue.quoted(MarkdownWriter.collectionSeparator(parameter))))))"
            } else {
                append = "query.append(\(queryItem)(name: \(key), value: Self.text(\(name))))"
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
                    ? "        if let apiKey { query.append(\(queryItem)(name: \(field), value: apiKey)) }\n"
                    : "        if let apiKey { headers[\(field)] = apiKey }\n"
            case .basic:
                out += "        if let basicCredentials { headers[\"Authorization\"] = \"Basic \" + \(data)(\"\\(basicCredentials.username):\\(basicCredentials.password)\".utf8).base64EncodedString() }\n"
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
                ? "        let body: \(data)? = try Self.encoder().encode(\(name))\n"
                : "        let body: \(data)? = try \(name).map { try Self.encoder().encode($0) }\n"
        } else {
            out += "        let body: \(data)? = nil\n"
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

    func typeName(_ type: TypeRef) -> String { names.typeName(type) }

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

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "func", "import", "init", "inout", "let", "operator",
        "protocol", "struct", "subscript", "typealias", "var", "break", "case", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while", "as", "catch", "false",
        "is", "nil", "rethrows", "super", "self", "Self", "throw", "throws", "true", "try", "internal", "public", "private",
        "static", "Type", "Any", "some", "any",
    ]

    static func identifier(_ name: String) -> String { keywords.contains(name) ? "`\(name)`" : name }

    static func docComment(_ text: String?, indent: String) -> String {
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

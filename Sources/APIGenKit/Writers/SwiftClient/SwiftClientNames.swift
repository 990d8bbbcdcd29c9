import ToolSupport

/// The names the Swift client writes, chosen so that it compiles in one module with the API's own
/// types, whatever those are called.
///
/// - The client declares one name at the top level, its class (`APIClient`). Its helper types
///   (`JSONValue`, `ResponseError`, `UnexpectedResponse`, `FormBody`) are nested in it; since a
///   nested type hides a top-level one of its name inside the class, a helper whose name one of
///   the API's types has takes a `Client` prefix there (`APIClient.ClientJSONValue`).
/// - A standard type that one of the API's types shadows is written qualified where the client
///   means the standard one (`Foundation.Date`, `Swift.Error`).
/// - What cannot move is renamed, with a finding at the type's declaration: the class, when the
///   API has a type named like it (it takes the API's title, `OrdersClient`); and an API type named
///   like a module the client qualifies with (`Swift`, `Foundation`, `FoundationNetworking`), like
///   the nested `CodingKeys` that Codable needs, or like a networking type whose module differs by
///   platform (`URLSession`: Foundation on Apple's systems, FoundationNetworking elsewhere), which
///   gets a `Model` suffix in the client (`CodingKeysModel`). The other outputs keep every name.
struct SwiftClientNames {
    /// The standard types the client names, by the module that declares them.
    static let standardModules: [String: String] = {
        var modules: [String: String] = [:]
        for name in [
            "String", "Substring", "Int", "Int32", "Double", "Float", "Bool", "UTF8", "Error", "Sendable", "Codable", "Decodable",
            "Encodable", "Hashable", "CaseIterable", "CodingKey", "Decoder", "Encoder", "DecodingError", "RawRepresentable",
            "LosslessStringConvertible",
        ] {
            modules[name] = "Swift"
        }
        for name in [
            "Data", "Date", "URL", "UUID", "CharacterSet", "URLComponents", "URLQueryItem", "JSONDecoder", "JSONEncoder",
            "ISO8601DateFormatter",
        ] {
            modules[name] = "Foundation"
        }
        return modules
    }()

    /// Names no qualification can free: the modules the client qualifies with, the nested type
    /// Codable needs, and the networking types FoundationNetworking declares off Apple's systems.
    static let fixed: Set<String> = [
        "Swift", "Foundation", "FoundationNetworking", "CodingKeys", "URLSession", "URLRequest", "URLResponse", "HTTPURLResponse",
    ]

    /// The client's own names before any adjustment, as its templates spell them.
    static let preferredClient = "APIClient"
    static let preferredHelpers = ["JSONValue", "ResponseError", "UnexpectedResponse", "FormBody"]

    let client: String
    let jsonValue: String
    let responseError: String
    let unexpectedResponse: String
    let formBody: String
    /// The findings that say what was renamed, at the declaration of the API's type.
    let renames: [Diagnostic]
    /// Every model's name in the client, by qualified name.
    private let models: [String: String]
    /// Standard names that one of the API's types takes.
    private let shadowed: Set<String>

    init(_ spec: APISpec) {
        // Every type the client declares: the models, and enums only parameters name.
        var all: [String: ModelType] = spec.models
        for parameter in spec.operations.flatMap(\.parameters) {
            if let model = parameter.enumModel, all[model.name] == nil { all[model.name] = model }
        }
        let sorted = all.values.sorted { $0.name < $1.name }
        var taken = Set(sorted.map(\.flatName))
        var models: [String: String] = [:]
        var renames: [Diagnostic] = []
        for model in sorted {
            guard Self.fixed.contains(model.flatName) else {
                models[model.name] = model.flatName
                continue
            }
            let renamed = Self.free(model.flatName + "Model", in: &taken)
            models[model.name] = renamed
            renames.append(Diagnostic(
                rule: .renamedInClient, file: model.location.file, line: model.location.line, column: model.location.column,
                message: "'\(model.flatName)' is a name the Swift client cannot give this type; it is '\(renamed)' there"))
        }
        let names = Set(models.values)
        shadowed = names.intersection(Self.standardModules.keys)
        if names.contains(Self.preferredClient), let model = sorted.first(where: { models[$0.name] == Self.preferredClient }) {
            client = Self.free(Self.titleClientName(spec.info.title), in: &taken)
            renames.append(Diagnostic(
                rule: .renamedInClient, file: model.location.file, line: model.location.line, column: model.location.column,
                message: "the API declares '\(Self.preferredClient)', the Swift client's own name; the client class is '\(client)' instead"))
        } else {
            client = Self.preferredClient
        }
        // Nested helpers need only differ from the types the class's members name.
        var nestedTaken = names
        func helper(_ name: String) -> String {
            nestedTaken.contains(name) ? Self.free("Client" + name, in: &nestedTaken) : Self.free(name, in: &nestedTaken)
        }
        jsonValue = helper("JSONValue")
        responseError = helper("ResponseError")
        unexpectedResponse = helper("UnexpectedResponse")
        formBody = helper("FormBody")
        self.models = models
        self.renames = renames
    }

    /// A model's name in the client.
    func model(_ name: String) -> String { models[name] ?? ModelType.flatName(name) }

    /// The names of every type of the API in the client.
    var modelNames: Set<String> { Set(models.values) }

    /// A type as the client writes it: a standard type qualified where the API shadows it, a
    /// model by its name in the client, a free-form value as the client's nested `JSONValue`.
    func typeName(_ type: TypeRef) -> String {
        switch type {
        case .primitive(let primitive, let format):
            switch (primitive, format) {
            case (.string, "date-time"): return standard("Date")
            case (.string, "uuid"): return standard("UUID")
            case (.string, "uri"): return standard("URL")
            case (.string, "byte"): return standard("Data")
            case (.string, _): return standard("String")
            case (.integer, "int32"): return standard("Int32")
            case (.integer, _): return standard("Int")
            case (.number, "float"): return standard("Float")
            case (.number, _): return standard("Double")
            case (.boolean, _): return standard("Bool")
            }
        case .model(let name): return model(name)
        case .array(let element): return "[\(typeName(element))]"
        case .dictionary(let value): return "[\(standard("String")): \(typeName(value))]"
        case .anyValue: return "\(client).\(jsonValue)"
        }
    }

    /// A standard type as the client writes it: qualified when one of the API's types takes its name.
    func standard(_ name: String) -> String {
        guard shadowed.contains(name), let module = Self.standardModules[name] else { return name }
        return "\(module).\(name)"
    }

    /// Names the client's nested types take, which inline parameter enums must not reuse.
    var helperNames: Set<String> { [jsonValue, responseError, unexpectedResponse, formBody] }

    /// What the templates' spellings become: the client's own names, and qualified standard names.
    var templateReplacements: [String: String] {
        var replacements = [
            Self.preferredClient: client, "JSONValue": jsonValue, "ResponseError": responseError,
            "UnexpectedResponse": unexpectedResponse, "FormBody": formBody,
        ]
        for name in shadowed { replacements[name] = standard(name) }
        return replacements.filter { $0.key != $0.value }
    }

    /// Why a nested helper is not called by its usual name: a doc comment line, in the class's
    /// indentation.
    func renameNote(_ preferred: String, _ actual: String) -> String {
        preferred == actual ? "" : "    /// Not `\(preferred)`: the API declares a type of that name.\n"
    }

    /// `Orders API` → `OrdersAPIClient`; `API` or a title with no letters gives `GeneratedAPIClient`.
    static func titleClientName(_ title: String) -> String {
        let words = title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }
        var name = words.joined().drop(while: { !$0.isLetter })
        if !name.hasSuffix("Client") { name += "Client" }
        return name == "Client" || name == Substring(preferredClient) ? "Generated" + preferredClient : String(name)
    }

    /// `name`, or `name2`, `name3`, … when taken; the result is taken from then on.
    private static func free(_ name: String, in taken: inout Set<String>) -> String {
        var candidate = name
        var suffix = 2
        while taken.contains(candidate) {
            candidate = name + String(suffix)
            suffix += 1
        }
        taken.insert(candidate)
        return candidate
    }
}

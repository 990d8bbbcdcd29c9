import ToolSupport

/// Where something was declared, for error messages.
struct InputLocation: Hashable, Sendable, Codable {
    var file: String
    var line: Int
    var column: Int

    func note(_ message: String) -> DiagnosticNote {
        DiagnosticNote(file: file, line: line, column: column, message: message)
    }
}

/// A generation error: always reported as `file:line:column: error: message`.
public struct APIGenError: Error, Sendable {
    public let diagnostic: Diagnostic

    init(_ message: String, at location: InputLocation, rule: Rule, notes: [DiagnosticNote] = []) {
        diagnostic = Diagnostic(rule: rule, file: location.file, line: location.line, column: location.column, message: message, notes: notes)
    }

    init(diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }
}

/// A type as the API sees it, after Swift types are mapped to JSON.
indirect enum TypeRef: Hashable, Sendable {
    /// A JSON primitive with an optional OpenAPI format (`integer`/`int64`, `string`/`uuid`).
    case primitive(JSONPrimitive, format: String?)
    /// A model declared in the inputs, by its qualified name (`Workspace.Status`).
    case model(String)
    case array(TypeRef)
    /// `[String: T]`.
    case dictionary(TypeRef)
    /// Any JSON value: swag's `object` is a dictionary of these (a free-form object).
    case anyValue
}

enum JSONPrimitive: String, Hashable, Sendable {
    case string, integer, number, boolean
}

/// A struct, class or raw-value enum from the inputs.
struct ModelType: Sendable {
    enum Shape: Sendable {
        case object([Property])
        case stringEnum([EnumCase<String>])
        case integerEnum([EnumCase<Int>])
    }

    struct EnumCase<Value: Sendable & Hashable & Codable>: Sendable, Codable {
        var swiftName: String
        var value: Value
    }

    var name: String
    var description: String?
    var shape: Shape
    var location: InputLocation
    /// For `Envelope{data=[]Item}`: the base model and the fields the annotation sets; the
    /// OpenAPI document writes it as `allOf`, the other outputs with the fields merged in.
    var composition: (base: String, fields: [Property])?

    /// The name in generated code, where nesting is flattened (`Workspace.Status` → `WorkspaceStatus`).
    var flatName: String { Self.flatName(name) }

    /// The flattened form of a model name, wherever one is written out: nesting flattened
    /// (`Workspace.Status` → `WorkspaceStatus`), generic arguments spelled out (`Page[Item]` →
    /// `PageOfItem`, `Pair[A,B]` → `PairOfAAndB`), compositions named by their fields
    /// (`Envelope{data=[]Item}` → `EnvelopeWithDataArrayOfItem`).
    static func flatName(_ name: String) -> String {
        var out = ""
        var capitalizeNext = false
        var index = name.startIndex
        while index < name.endIndex {
            let rest = name[index...]
            let character = name[index]
            var word: String?
            if rest.hasPrefix("[]") {
                word = "ArrayOf"
                index = name.index(index, offsetBy: 2)
            } else if rest.hasPrefix("map[string]") {
                word = "MapOf"
                index = name.index(index, offsetBy: "map[string]".count)
            } else {
                switch character {
                case "[": word = "Of"
                case ",": word = "And"
                case "{": word = "With"
                case ".", "]", "}", "=", " ": word = ""
                default: break
                }
                index = name.index(after: index)
            }
            if let word {
                out += word
                capitalizeNext = true
            } else {
                out += capitalizeNext ? character.uppercased() : String(character)
                capitalizeNext = false
            }
        }
        return out
    }
}

struct Property: Sendable {
    var swiftName: String
    var jsonName: String
    var type: TypeRef
    var required: Bool
    var description: String?
}

/// General API information from `@title`, `@version`, … annotations.
struct APIInfo: Sendable {
    var title = "API"
    var version = "1.0"
    var description: String?
    var basePath: String?
    /// swag's `@host`: the server's host (and port), without a scheme.
    var host: String?
    var securitySchemes: [SecurityScheme] = []
    var termsOfService: String?
    var contact = Contact()
    var license = License()
    /// `@tag.name` with its description and documentation link, in annotation order.
    var tags: [TagInfo] = []
    var externalDocs = ExternalDocs()

    struct Contact: Sendable {
        var name: String?
        var url: String?
        var email: String?
        var isEmpty: Bool { name == nil && url == nil && email == nil }
    }

    struct License: Sendable {
        var name: String?
        var url: String?
    }
}

/// `@externalDocs.url` with its description, for the API or a tag.
struct ExternalDocs: Sendable {
    var description: String?
    var url: String?
}

/// A tag the general information describes.
struct TagInfo: Sendable {
    var name: String
    var description: String?
    var docs = ExternalDocs()
}

/// A `@securityDefinitions.…` scheme.
struct SecurityScheme: Sendable {
    enum Kind: Sendable, Equatable {
        /// `@securityDefinitions.apikey`, with `@in` and `@name`.
        case apiKey
        /// `@securityDefinitions.basic`: HTTP basic authentication.
        case basic
        /// `@securityDefinitions.oauth2.application|implicit|password|accessCode`.
        case oauth2(flow: String)
    }

    var name: String
    var kind: Kind
    var location: String = "header"
    var parameterName: String = "Authorization"
    var tokenURL: String?
    var authorizationURL: String?
    /// `@scope.read Grants read access`, in annotation order.
    var scopes: [(name: String, description: String)] = []
    var definedAt: InputLocation

    /// How the Markdown pages name the flow.
    var flowDescription: String? {
        guard case .oauth2(let flow) = kind else { return nil }
        switch flow {
        case "application": return "client credentials"
        case "accessCode": return "authorization code"
        default: return flow
        }
    }
}

/// One scheme an operation requires, with the OAuth 2 scopes it needs.
struct SecurityRequirement: Sendable, Equatable {
    var name: String
    var scopes: [String] = []
}

enum ParameterLocation: String, Sendable, CaseIterable {
    case path, query, header, body, formData
}

struct Parameter: Sendable {
    var name: String
    var location: ParameterLocation
    var type: TypeRef
    var required: Bool
    var description: String
    var enumValues: [String] = []
    /// The enum an `@Param` names as its type (`Genre`); the document inlines its values, the
    /// Swift client types the parameter as the enum.
    var enumModel: ModelType?
    var defaultValue: String?
    var minimum: Double?
    var maximum: Double?
    var format: String?
    /// swag's `collectionFormat(…)` for an array parameter: csv (the default), multi, ssv, pipes.
    var collectionFormat: String?
    var sourceLocation: InputLocation
}

struct ResponseSpec: Sendable {
    var code: String
    /// nil for a response without a body.
    var type: TypeRef?
    var description: String
}

struct ResponseHeader: Sendable {
    var code: String
    var name: String
    var type: TypeRef
    var description: String
}

enum HTTPMethod: String, Sendable {
    case get, post, put, patch, delete, head, options
}

struct APIOperation: Sendable {
    var id: String
    var summary: String?
    var descriptions: [String] = []
    var tags: [String] = []
    var accept: [String] = []
    var produce: [String] = []
    /// `@Security` lines: alternatives (any one suffices), each the schemes it needs together
    /// (`A && B`).
    var securityRequirements: [[SecurityRequirement]] = []
    var parameters: [Parameter] = []
    var responses: [ResponseSpec] = []
    var headers: [ResponseHeader] = []
    var deprecated = false
    /// `@x-name value` vendor extensions, by name, in annotation order.
    var extensions: [(name: String, value: String)] = []
    var path: String
    var method: HTTPMethod
    var location: InputLocation
    /// Some annotation lines were in error and left out; checks that would only repeat that
    /// error (a `{name}` whose `@Param` line was malformed) are skipped.
    var omitsLines = false

    var description: String? { descriptions.isEmpty ? nil : descriptions.joined(separator: "\n") }
    var primaryTag: String { tags.first ?? "default" }
    /// Every scheme the operation may use, once each, in order.
    var security: [String] {
        var seen: Set<String> = []
        return securityRequirements.flatMap { $0 }.map(\.name).filter { seen.insert($0).inserted }
    }
    /// `GET /items/{id}`, as messages name a route.
    var route: String { "\(method.rawValue.uppercased()) \(path)" }

    /// The `{name}` segments of the route.
    var pathParameterNames: [String] {
        var names: [String] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// The response whose body a client returns: the first 2xx.
    var successResponse: ResponseSpec? {
        responses.filter { $0.code.hasPrefix("2") }.min { $0.code < $1.code }
    }
}

/// Everything parsed from the inputs.
struct APISpec: Sendable {
    var info: APIInfo
    var operations: [APIOperation]
    /// The models the operations reach, by qualified name.
    var models: [String: ModelType]
    /// Findings the configuration downgraded to warnings; generation went past them.
    var warnings: [Diagnostic] = []

    var sortedModels: [ModelType] { models.values.sorted { $0.name < $1.name } }
    /// The tags pages are made for: those the operations use.
    var tags: [String] { Array(Set(operations.map(\.primaryTag))).sorted() }

    /// What the general information says about a tag.
    func tagInfo(_ name: String) -> TagInfo? { info.tags.first { $0.name == name } }
}

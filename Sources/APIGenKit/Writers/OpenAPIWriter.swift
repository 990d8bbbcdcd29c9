import Foundation

import OpenAPIKit

/// Builds the OpenAPI 3.1 document with OpenAPIKit and encodes it deterministically.
enum OpenAPIWriter {
    static func document(for spec: APISpec) throws -> OpenAPI.Document {
        var paths: OrderedDictionary<OpenAPI.Path, OpenAPI.PathItem> = [:]
        for operation in spec.operations {
            let path = OpenAPI.Path(rawValue: operation.path)
            var item = paths[path] ?? OpenAPI.PathItem()
            item[operation.method.openAPIMethod] = try self.operation(operation)
            paths[path] = item
        }
        var schemas: OpenAPI.ComponentDictionary<JSONSchema> = [:]
        for model in spec.sortedModels {
            schemas[componentKey(model.flatName)] = schema(for: model)
        }
        var securitySchemes: OpenAPI.ComponentReferenceDictionary<OpenAPI.SecurityScheme> = [:]
        for scheme in spec.info.securitySchemes {
            securitySchemes[componentKey(scheme.name)] = .b(securityScheme(scheme))
        }
        let info = spec.info
        // The annotations' URLs were checked to be absolute when read.
        let contact = info.contact.isEmpty
            ? nil : OpenAPI.Document.Info.Contact(name: info.contact.name, url: info.contact.url.flatMap(URL.init(string:)), email: info.contact.email)
        let license = (info.license.name ?? info.license.url).map {
            OpenAPI.Document.Info.License(name: $0, url: info.license.url.flatMap(URL.init(string:)))
        }
        let tagNames = Set(spec.tags).union(info.tags.map(\.name)).sorted()
        return OpenAPI.Document(
            openAPIVersion: .v3_1_0,
            info: OpenAPI.Document.Info(
                title: info.title, description: info.description, termsOfService: info.termsOfService.flatMap(URL.init(string:)),
                contact: contact, license: license, version: info.version),
            servers: serverURL(info).map { [OpenAPI.Server(urlTemplate: $0)] } ?? [],
            paths: paths.mapValues { .b($0) },
            components: OpenAPI.Components(schemas: schemas, securitySchemes: securitySchemes),
            tags: tagNames.map { name in
                let declared = spec.tagInfo(name)
                return OpenAPI.Tag(name: name, description: declared?.description, externalDocs: declared.flatMap { externalDocs($0.docs) })
            },
            externalDocs: externalDocs(info.externalDocs))
    }

    /// `@host` and `@BasePath`: `//host/base` (the scheme is the one the document was fetched
    /// with, as in Swagger 2), or the base path alone.
    private static func serverURL(_ info: APIInfo) -> URLTemplate? {
        guard info.host != nil || info.basePath != nil else { return nil }
        return URLTemplate(rawValue: (info.host.map { "//" + $0 } ?? "") + (info.basePath ?? ""))
    }

    private static func externalDocs(_ docs: ExternalDocs) -> OpenAPI.ExternalDocumentation? {
        docs.url.flatMap(URL.init(string:)).map { OpenAPI.ExternalDocumentation(description: docs.description, url: $0) }
    }

    /// Pretty JSON with sorted keys (stable across runs), the generated-file marker first.
    static func encode(_ document: OpenAPI.Document) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var json = String(decoding: try encoder.encode(document), as: UTF8.self)
        // JSON has no comments: the marker is an `x-` extension, placed first so it is the first line after `{`.
        json = json.replacingOccurrences(of: "{\n", with: "{\n  \"x-generated-by\" : \"\(GeneratedFile.marker)\",\n", range: json.startIndex..<json.index(json.startIndex, offsetBy: 2))
        return json + "\n"
    }

    private static func securityScheme(_ scheme: SecurityScheme) -> OpenAPI.SecurityScheme {
        switch scheme.kind {
        case .apiKey:
            let location: OpenAPI.SecurityScheme.Location = switch scheme.location {
            case "query": .query
            case "cookie": .cookie
            default: .header
            }
            return .apiKey(name: scheme.parameterName, location: location)
        case .basic:
            return .http(scheme: "basic")
        case .oauth2(let flow):
            var scopes: OrderedDictionary<String, String> = [:]
            for scope in scheme.scopes { scopes[scope.name] = scope.description }
            // The spec builder has checked that the flow's URLs are there and absolute.
            let token = scheme.tokenURL.flatMap(URL.init(string:)) ?? URL(string: "https://invalid")!
            let authorization = scheme.authorizationURL.flatMap(URL.init(string:)) ?? URL(string: "https://invalid")!
            let flows: OpenAPI.OAuthFlows = switch flow {
            case "implicit": .init(implicit: .init(authorizationUrl: authorization, scopes: scopes))
            case "password": .init(password: .init(tokenUrl: token, scopes: scopes))
            case "accessCode": .init(authorizationCode: .init(authorizationUrl: authorization, tokenUrl: token, scopes: scopes))
            default: .init(clientCredentials: .init(tokenUrl: token, scopes: scopes))
            }
            return .oauth2(flows: flows)
        }
    }

    static func componentKey(_ name: String) -> OpenAPI.ComponentKey {
        OpenAPI.ComponentKey(rawValue: name) ?? "Invalid"
    }

    private static func operation(_ operation: APIOperation) throws -> OpenAPI.Operation {
        var parameters: OpenAPI.Parameter.Array = []
        for parameter in operation.parameters {
            let schema = parameterSchema(parameter)
            let context: OpenAPI.Parameter.Context
            switch parameter.location {
            case .path: context = .path(schema: schema)
            case .query:
                // Arrays: csv is `form` without explode, multi repeats the name (`form`, explode).
                if case .array = parameter.type {
                    let style: OpenAPI.Parameter.SchemaContext.Style = switch parameter.collectionFormat {
                    case "ssv": .spaceDelimited
                    case "pipes": .pipeDelimited
                    default: .form
                    }
                    context = .query(
                        required: parameter.required,
                        schemaOrContent: .schema(.init(schema, style: style, explode: parameter.collectionFormat == "multi")))
                } else {
                    context = .query(required: parameter.required, schema: schema)
                }
            case .header: context = .header(required: parameter.required, schema: schema)
            case .body, .formData: continue
            }
            parameters.append(.b(OpenAPI.Parameter(name: parameter.name, context: context, description: parameter.description.nilIfEmpty)))
        }
        let accept = operation.accept.isEmpty ? ["application/json"] : operation.accept
        let produce = operation.produce.isEmpty ? ["application/json"] : operation.produce
        var requestBody: OpenAPI.Request?
        if let body = operation.parameters.first(where: { $0.location == .body }) {
            requestBody = OpenAPI.Request(
                description: body.description.nilIfEmpty, content: content(schema(for: body.type), types: accept), required: body.required)
        } else {
            let form = operation.parameters.filter { $0.location == .formData }
            if !form.isEmpty {
                var properties: OrderedDictionary<String, JSONSchema> = [:]
                for field in form { properties[field.name] = parameterSchema(field).with(required: field.required) }
                let formTypes = operation.accept.isEmpty ? ["multipart/form-data"] : operation.accept
                requestBody = OpenAPI.Request(content: content(.object(properties: properties), types: formTypes), required: form.contains { $0.required })
            }
        }
        var responses: OpenAPI.Response.Map = [:]
        for response in operation.responses.sorted(by: { $0.code < $1.code }) {
            let code: OpenAPI.Response.StatusCode = response.code == "default" ? .default : .status(code: Int(response.code)!)
            var headers: OpenAPI.Header.Map = [:]
            for header in operation.headers where header.code == response.code || header.code == "all" {
                headers[header.name] = .b(OpenAPI.Header(schema: schema(for: header.type), description: header.description.nilIfEmpty))
            }
            responses[code] = .b(OpenAPI.Response(
                description: response.description, headers: headers.isEmpty ? nil : headers,
                content: response.type.map { content(schema(for: $0), types: produce) } ?? [:]))
        }
        return OpenAPI.Operation(
            tags: operation.tags.isEmpty ? nil : operation.tags, summary: operation.summary, description: operation.description,
            operationId: operation.id, parameters: parameters, requestBody: requestBody, responses: responses,
            deprecated: operation.deprecated,
            security: operation.securityRequirements.isEmpty
                ? nil
                : operation.securityRequirements.map { alternative in
                    Dictionary(alternative.map { (JSONReference<OpenAPI.SecurityScheme>.component(named: $0.name), $0.scopes) }) { first, _ in first }
                },
            vendorExtensions: Dictionary(operation.extensions.map { ($0.name, extensionValue($0.value)) }) { _, last in last })
    }

    /// An extension's value as JSON when it reads as JSON (`true`, `42`, `{"a": 1}`), else as text.
    private static func extensionValue(_ text: String) -> AnyCodable {
        if let data = text.data(using: .utf8), let value = try? JSONDecoder().decode(AnyCodable.self, from: data) { return value }
        return AnyCodable(text)
    }

    private static func content(_ schema: JSONSchema, types: [String]) -> OpenAPI.Content.Map {
        var map: OpenAPI.Content.Map = [:]
        for type in types {
            if let contentType = OpenAPI.ContentType(rawValue: type) { map[contentType] = .b(OpenAPI.Content(schema: schema)) }
        }
        return map
    }

    static func schema(for type: TypeRef) -> JSONSchema {
        switch type {
        case .primitive(let primitive, let format):
            switch primitive {
            case .string: return .string(format: format.map { JSONTypeFormat.StringFormat(rawValue: $0) } ?? .unspecified)
            case .integer: return .integer(format: format.map { JSONTypeFormat.IntegerFormat(rawValue: $0) } ?? .unspecified)
            case .number: return .number(format: format.map { JSONTypeFormat.NumberFormat(rawValue: $0) } ?? .unspecified)
            case .boolean: return .boolean
            }
        case .model(let name):
            return .reference(.component(named: ModelType.flatName(name)))
        case .array(let element):
            return .array(items: schema(for: element))
        case .anyValue:
            return .fragment(.init())
        case .dictionary(.anyValue):
            return .object
        case .dictionary(let value):
            return .object(additionalProperties: .b(schema(for: value)))
        }
    }

    private static func parameterSchema(_ parameter: Parameter) -> JSONSchema {
        var schema = schema(for: parameter.type)
        if let format = parameter.format, case .primitive(let primitive, _) = parameter.type {
            schema = Self.schema(for: .primitive(primitive, format: format))
        }
        if case .primitive(let primitive, _) = parameter.type {
            switch primitive {
            case .integer where parameter.minimum != nil || parameter.maximum != nil:
                schema = .integer(
                    format: schema.integerFormat ?? .unspecified,
                    maximum: parameter.maximum.map { (Int($0), exclusive: false) },
                    minimum: parameter.minimum.map { (Int($0), exclusive: false) })
            case .number where parameter.minimum != nil || parameter.maximum != nil:
                schema = .number(
                    format: schema.numberFormat ?? .unspecified,
                    maximum: parameter.maximum.map { ($0, exclusive: false) }, minimum: parameter.minimum.map { ($0, exclusive: false) })
            default: break
            }
            if !parameter.enumValues.isEmpty { schema = schema.with(allowedValues: parameter.enumValues.map { typedValue($0, primitive) }) }
            if let value = parameter.defaultValue { schema = schema.with(defaultValue: typedValue(value, primitive)) }
        }
        return schema
    }

    private static func typedValue(_ text: String, _ primitive: JSONPrimitive) -> AnyCodable {
        switch primitive {
        case .integer: return Int(text).map { AnyCodable($0) } ?? AnyCodable(text)
        case .number: return Double(text).map { AnyCodable($0) } ?? AnyCodable(text)
        case .boolean: return Bool(text).map { AnyCodable($0) } ?? AnyCodable(text)
        case .string: return AnyCodable(text)
        }
    }

    private static func schema(for model: ModelType) -> JSONSchema {
        switch model.shape {
        case .stringEnum(let cases):
            return .string(description: model.description, allowedValues: cases.map { AnyCodable($0.value) })
        case .integerEnum(let cases):
            return .integer(description: model.description, allowedValues: cases.map { AnyCodable($0.value) })
        case .object(let properties):
            // `Envelope{data=[]Item}`: the base by reference, and the fields the annotation sets.
            if let composition = model.composition {
                return .all(
                    of: [.reference(.component(named: ModelType.flatName(composition.base))), .object(properties: objectProperties(composition.fields))],
                    core: .init(description: model.description))
            }
            return .object(description: model.description, properties: objectProperties(properties))
        }
    }

    private static func objectProperties(_ properties: [Property]) -> OrderedDictionary<String, JSONSchema> {
        var schemas: OrderedDictionary<String, JSONSchema> = [:]
        for property in properties {
            var schema = schema(for: property.type)
            if let description = property.description { schema = schema.with(description: description) }
            schemas[property.jsonName] = schema.with(required: property.required)
        }
        return schemas
    }
}

extension HTTPMethod {
    var openAPIMethod: OpenAPI.HttpMethod {
        switch self {
        case .get: .get
        case .post: .post
        case .put: .put
        case .patch: .patch
        case .delete: .delete
        case .head: .head
        case .options: .options
        }
    }
}

extension JSONSchema {
    func with(required: Bool) -> JSONSchema { required ? requiredSchemaObject() : optionalSchemaObject() }

    var integerFormat: JSONTypeFormat.IntegerFormat? {
        if case .integer(let core, _) = value { return core.format }
        return nil
    }

    var numberFormat: JSONTypeFormat.NumberFormat? {
        if case .number(let core, _) = value { return core.format }
        return nil
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

/// The Markdown API reference: `index.md`, one page per tag, and `schemas.md`.
enum MarkdownWriter {
    static func pages(for spec: APISpec) -> [String: String] {
        var pages: [String: String] = ["index.md": index(spec), "schemas.md": schemas(spec)]
        for tag in spec.tags {
            pages[fileName(forTag: tag)] = tagPage(tag, spec: spec)
        }
        return pages
    }

    static func fileName(forTag tag: String) -> String {
        let slug = tag.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        return "\(slug).md"
    }

    private static func header(_ title: String) -> String {
        "<!-- \(GeneratedFile.marker) -->\n\n# \(title)\n\n"
    }

    private static func index(_ spec: APISpec) -> String {
        var out = header("\(spec.info.title) \(spec.info.version)")
        if let description = spec.info.description { out += description + "\n\n" }
        if let host = spec.info.host { out += "Host: `\(host)`\n\n" }
        if let basePath = spec.info.basePath { out += "Base path: `\(basePath)`\n\n" }
        out += generalInformation(spec.info)
        if !spec.info.securitySchemes.isEmpty {
            out += "## Authentication\n\n"
            for scheme in spec.info.securitySchemes {
                switch scheme.kind {
                case .apiKey:
                    out += "- `\(scheme.name)`: an API key sent in the `\(scheme.parameterName)` \(scheme.location == "header" ? "header" : "\(scheme.location) parameter").\n"
                case .basic:
                    out += "- `\(scheme.name)`: HTTP basic authentication (`Authorization: Basic …`).\n"
                case .oauth2:
                    let urls = [scheme.authorizationURL.map { "authorization URL `\($0)`" }, scheme.tokenURL.map { "token URL `\($0)`" }].compactMap { $0 }
                    out += "- `\(scheme.name)`: OAuth 2, \(scheme.flowDescription ?? "") flow, \(urls.joined(separator: ", ")); a bearer token in the `Authorization` header."
                    out += scheme.scopes.isEmpty ? "\n" : " Scopes: " + scheme.scopes.map { "`\($0.name)` (\(cell($0.description)))" }.joined(separator: ", ") + ".\n"
                }
            }
            out += "\n"
        }
        out += "## Endpoints\n\n"
        for tag in spec.tags {
            out += "### [\(tag)](\(fileName(forTag: tag)))\n\n"
            if let info = spec.tagInfo(tag) {
                if let description = info.description { out += description + "\n\n" }
                if let docs = link(info.docs) { out += "More: \(docs)\n\n" }
            }
            for operation in spec.operations where operation.primaryTag == tag {
                out += "- [`\(operation.method.rawValue.uppercased()) \(operation.path)`](\(fileName(forTag: tag))#\(anchor(operation))): \(operation.summary ?? operation.id)\n"
            }
            out += "\n"
        }
        out += "See [schemas](schemas.md) for the types.\n"
        return out
    }

    /// Terms, contact, license and further documentation, one line each, when the annotations give them.
    private static func generalInformation(_ info: APIInfo) -> String {
        var lines: [String] = []
        if let terms = info.termsOfService { lines.append("Terms of service: <\(terms)>") }
        let contact = [info.contact.name, info.contact.url.map { "<\($0)>" }, info.contact.email.map { "<\($0)>" }].compactMap { $0 }
        if !contact.isEmpty { lines.append("Contact: " + contact.joined(separator: ", ")) }
        if let name = info.license.name ?? info.license.url {
            lines.append("License: " + (info.license.url.map { "[\(name)](\($0))" } ?? name))
        }
        if let docs = link(info.externalDocs) { lines.append("Documentation: \(docs)") }
        return lines.isEmpty ? "" : lines.map { "- \($0)\n" }.joined() + "\n"
    }

    private static func link(_ docs: ExternalDocs) -> String? {
        docs.url.map { "[\(docs.description ?? $0)](\($0))" }
    }

    private static func anchor(_ operation: APIOperation) -> String { operation.id.lowercased() }

    private static func tagPage(_ tag: String, spec: APISpec) -> String {
        var out = header(tag)
        for operation in spec.operations where operation.primaryTag == tag {
            out += endpoint(operation, spec: spec)
        }
        return out
    }

    private static func endpoint(_ operation: APIOperation, spec: APISpec) -> String {
        let method = operation.method.rawValue.uppercased()
        var out = "<a id=\"\(anchor(operation))\"></a>\n## \(operation.summary ?? operation.id)\n\n"
        out += "`\(method) \(operation.path)`\n\n"
        if operation.deprecated { out += "> **Deprecated.** Avoid in new code.\n\n" }
        if let description = operation.description { out += description + "\n\n" }
        out += "Operation ID: `\(operation.id)`\n\n"
        out += "**Authentication:** "
        if operation.security.isEmpty {
            out += "none.\n\n"
        } else {
            let alternatives = operation.securityRequirements.map { alternative in
                alternative.map { requirement -> String in
                    guard let scheme = spec.info.securitySchemes.first(where: { $0.name == requirement.name }) else { return "`\(requirement.name)`" }
                    switch scheme.kind {
                    case .apiKey: return "`\(requirement.name)` (API key in the `\(scheme.parameterName)` \(scheme.location))"
                    case .basic: return "`\(requirement.name)` (HTTP basic)"
                    case .oauth2:
                        let scopes = requirement.scopes.isEmpty
                            ? "" : ", scope\(requirement.scopes.count == 1 ? "" : "s") " + requirement.scopes.map { "`\($0)`" }.joined(separator: ", ")
                        return "`\(requirement.name)` (OAuth 2\(scopes))"
                    }
                }.joined(separator: " and ")
            }
            out += alternatives.joined(separator: " or ") + ".\n\n"
        }
        let parameters = operation.parameters
        if !parameters.isEmpty {
            out += "### Parameters\n\n| Name | In | Type | Required | Description |\n| --- | --- | --- | --- | --- |\n"
            for parameter in parameters {
                var notes = [sentence(parameter.description)]
                if !parameter.enumValues.isEmpty { notes.append("One of: " + parameter.enumValues.map { $0.isEmpty ? "`\"\"` (empty)" : "`\($0)`" }.joined(separator: ", ") + ".") }
                if let value = parameter.defaultValue { notes.append("Default: `\(value)`.") }
                if let minimum = parameter.minimum { notes.append("Minimum: \(format(minimum)).") }
                if let maximum = parameter.maximum { notes.append("Maximum: \(format(maximum)).") }
                if case .array = parameter.type, parameter.location == .query {
                    notes.append(parameter.collectionFormat == "multi"
                        ? "Repeat the parameter for each value."
                        : "Values separated by \(parameter.collectionFormat == "ssv" ? "spaces" : parameter.collectionFormat == "pipes" ? "`|`" : "commas").")
                }
                out += "| `\(parameter.name)` | \(parameter.location.rawValue) | \(typeName(parameter.type)) | \(parameter.required ? "yes" : "no") | \(cell(notes.filter { !$0.isEmpty }.joined(separator: " "))) |\n"
            }
            out += "\n"
        }
        if !operation.extensions.isEmpty {
            out += "Extensions: " + operation.extensions.map { "`\($0.name)`: \(cell($0.value))" }.joined(separator: "; ") + ".\n\n"
        }
        out += "### Example request\n\n```sh\n\(curl(operation, spec: spec))\n```\n\n"
        if let body = operation.parameters.first(where: { $0.location == .body }) {
            out += "Request body (\(typeName(body.type))):\n\n```json\n\(ExampleValue.example(for: body.type, in: spec).json())\n```\n\n"
        }
        out += "### Responses\n\n| Code | Description | Type |\n| --- | --- | --- |\n"
        for response in operation.responses.sorted(by: { $0.code < $1.code }) {
            out += "| \(response.code) | \(cell(response.description)) | \(response.type.map(typeName) ?? "none") |\n"
        }
        out += "\n"
        if let success = operation.successResponse, let type = success.type {
            out += "Example response (\(success.code)):\n\n```json\n\(ExampleValue.example(for: type, in: spec).json())\n```\n\n"
        }
        return out
    }

    static func collectionSeparator(_ parameter: Parameter) -> String {
        switch parameter.collectionFormat {
        case "ssv": " "
        case "pipes": "|"
        default: ","
        }
    }

    private static func curl(_ operation: APIOperation, spec: APISpec) -> String {
        var path = (spec.info.basePath ?? "") + operation.path
        for parameter in operation.parameters where parameter.location == .path {
            path = path.replacingOccurrences(of: "{\(parameter.name)}", with: exampleText(parameter, spec: spec))
        }
        let query = operation.parameters.filter { $0.location == .query && $0.required }
            .map { "\($0.name)=\(exampleText($0, spec: spec))" }.joined(separator: "&")
        var lines = ["curl -X \(operation.method.rawValue.uppercased()) \"https://api.example.com\(path)\(query.isEmpty ? "" : "?" + query)\""]
        for name in operation.securityRequirements.first?.map(\.name) ?? [] {
            guard let scheme = spec.info.securitySchemes.first(where: { $0.name == name }) else { continue }
            switch scheme.kind {
            case .basic: lines.append("  -u \"$USERNAME:$PASSWORD\"")
            case .oauth2: lines.append("  -H \"Authorization: Bearer $ACCESS_TOKEN\"")
            case .apiKey where scheme.location == "header": lines.append("  -H \"\(scheme.parameterName): $API_KEY\"")
            case .apiKey: break
            }
        }
        for parameter in operation.parameters where parameter.location == .header && parameter.required {
            lines.append("  -H \"\(parameter.name): \(exampleText(parameter, spec: spec))\"")
        }
        if let body = operation.parameters.first(where: { $0.location == .body }) {
            lines.append("  -H \"Content-Type: \(operation.accept.first ?? "application/json")\"")
            let json = ExampleValue.example(for: body.type, in: spec).json().replacingOccurrences(of: "\n", with: " ")
                .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            lines.append("  -d '\(json)'")
        }
        return lines.joined(separator: " \\\n")
    }

    private static func exampleText(_ parameter: Parameter, spec: APISpec) -> String {
        if let value = parameter.defaultValue { return value }
        if let first = parameter.enumValues.first { return first }
        switch ExampleValue.example(for: parameter.type, in: spec) {
        case .string(let text): return text
        case let other: return other.json()
        }
    }

    private static func schemas(_ spec: APISpec) -> String {
        var out = header("Schemas")
        for model in spec.sortedModels {
            out += "<a id=\"\(model.flatName.lowercased())\"></a>\n## \(model.name)\n\n"
            if let description = model.description { out += description + "\n\n" }
            switch model.shape {
            case .stringEnum(let cases):
                out += "String, one of: " + cases.map { "`\($0.value)`" }.joined(separator: ", ") + ".\n\n"
            case .integerEnum(let cases):
                out += "Integer, one of: " + cases.map { "`\($0.value)` (\($0.swiftName))" }.joined(separator: ", ") + ".\n\n"
            case .object(let properties):
                out += "| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n"
                for property in properties {
                    out += "| `\(property.jsonName)` | \(typeName(property.type)) | \(property.required ? "yes" : "no") | \(cell(property.description ?? "")) |\n"
                }
                out += "\n"
            }
            out += "Example:\n\n```json\n\(ExampleValue.example(for: .model(model.name), in: spec).json())\n```\n\n"
        }
        return out
    }

    static func typeName(_ type: TypeRef) -> String {
        switch type {
        case .primitive(let primitive, let format): return format.map { "\(primitive.rawValue) (\($0))" } ?? primitive.rawValue
        case .model(let name): return "[\(name)](schemas.md#\(ModelType.flatName(name).lowercased()))"
        case .array(let element): return "array of \(typeName(element))"
        case .dictionary(.anyValue): return "object"
        case .dictionary(let value): return "map of string to \(typeName(value))"
        case .anyValue: return "any JSON value"
        }
    }

    private static func sentence(_ text: String) -> String {
        guard let last = text.last, !".!?".contains(last) else { return text }
        return text + "."
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
    }

    private static func format(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}

import Foundation

/// Reads one doc comment's swag-style annotations into an ``APIOperation``.
struct OperationParser {
    let resolver: TypeResolver

    static let mimeAliases: [String: String] = [
        "json": "application/json", "xml": "application/xml", "plain": "text/plain", "html": "text/html",
        "mpfd": "multipart/form-data", "x-www-form-urlencoded": "application/x-www-form-urlencoded",
        "octet-stream": "application/octet-stream", "json-api": "application/vnd.api+json", "png": "image/png",
    ]

    /// One operation per `@Router` line: swag lets one handler serve several routes. The first
    /// keeps the operation ID; the others get `-2`, `-3`, … so IDs stay unique. Every error of the
    /// block is returned, not only the first; a line in error is left out of the operation.
    func parse(_ block: AnnotationBlock, name: String?) -> (operations: [APIOperation], errors: [APIGenError]) {
        var errors: [APIGenError] = []
        let routers = block.operationAnnotations.filter { $0.key == "Router" }
        guard !routers.isEmpty else {
            return ([], [APIGenError("route annotations without @Router", at: block.operationAnnotations[0].location, rule: .incompleteRoute)])
        }
        var routes: [(path: String, method: HTTPMethod, location: InputLocation)] = []
        for router in routers {
            do {
                let (path, method) = try parseRouter(router)
                routes.append((path, method, router.location))
            } catch {
                errors.append(error)
            }
        }
        guard let first = routes.first else { return ([], errors) }
        var operation = APIOperation(id: name ?? "", path: first.path, method: first.method, location: first.location)
        var explicitID = false
        for annotation in block.operationAnnotations {
            do {
                try read(annotation, into: &operation, explicitID: &explicitID)
            } catch {
                errors.append(error)
            }
        }
        operation.omitsLines = !errors.isEmpty
        errors += removeDuplicateParameters(&operation)
        if !explicitID && operation.id.isEmpty && block.documentsStatement {
            // `app.get("todos", ":id") { … }`: named after its route, `get-todos-id`.
            operation.id = ([first.method.rawValue] + first.path.split(separator: "/").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "{}:")) })
                .joined(separator: "-")
        }
        if !explicitID && operation.id.isEmpty {
            errors.append(APIGenError("route has no @ID and documents no function to name it after", at: first.location, rule: .incompleteRoute))
            return ([], errors)
        }
        let declaredPath = Set(operation.parameters.filter { $0.location == .path }.map(\.name))
        var operations: [APIOperation] = []
        // The other routes share everything but their method, path and place.
        for (index, route) in routes.enumerated() {
            var another = operation
            another.path = Self.ginPath(route.path, declared: declaredPath)
            another.method = route.method
            another.location = route.location
            if index > 0 { another.id = operation.id + "-\(index + 1)" }
            operations.append(another)
        }
        return (operations, errors)
    }

    /// gin's `/apps/:key` is swag's spelling of `/apps/{key}` when the block declares `key` as a
    /// path parameter; an undeclared `:key` stays literal text, as swag leaves it.
    static func ginPath(_ path: String, declared: Set<String>) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            guard segment.hasPrefix(":"), declared.contains(String(segment.dropFirst())) else { return String(segment) }
            return "{\(segment.dropFirst())}"
        }.joined(separator: "/")
    }

    private func read(
        _ annotation: Annotation, into operation: inout APIOperation, explicitID: inout Bool
    ) throws(APIGenError) {
        let value = annotation.value
        switch annotation.key {
        case "Summary": operation.summary = value
        case "Description": operation.descriptions.append(value)
        case "ID":
            guard !value.isEmpty, !value.contains(" ") else { throw malformed(annotation, "@ID takes one word") }
            operation.id = value
            explicitID = true
        case "Tags": operation.tags += list(value)
        case "Accept": for alias in list(value) { operation.accept.append(try mime(alias, annotation)) }
        case "Produce": for alias in list(value) { operation.produce.append(try mime(alias, annotation)) }
        case "Security": operation.securityRequirements += try parseSecurity(annotation)
        case "Param": operation.parameters += try parseParameter(annotation)
        case "Success", "Failure": operation.responses.append(try parseResponse(annotation))
        case "Header": operation.headers.append(try parseHeader(annotation))
        case "Deprecated": operation.deprecated = true
        case let key where key.hasPrefix("x-"):
            guard key.count > 2 else { throw malformed(annotation, "an extension needs a name after 'x-'") }
            operation.extensions.append((key, value))
        default: break
        }
    }

    /// Two `@Param` lines of one name and location: the document would fail validation and the
    /// client would declare one argument twice. The error names both lines; the second is left out
    /// (what the outputs keep when the rule is a warning).
    private func removeDuplicateParameters(_ operation: inout APIOperation) -> [APIGenError] {
        var errors: [APIGenError] = []
        var seen: [String: Parameter] = [:]
        var kept: [Parameter] = []
        for parameter in operation.parameters {
            let key = "\(parameter.location.rawValue) \(parameter.name)"
            if let first = seen[key] {
                errors.append(APIGenError(
                    "duplicate \(parameter.location.rawValue) parameter '\(parameter.name)': declared at line \(first.sourceLocation.line) and again at line \(parameter.sourceLocation.line)",
                    at: parameter.sourceLocation, rule: .duplicateParameter, notes: [first.sourceLocation.note("'\(parameter.name)' first declared here")]))
            } else {
                seen[key] = parameter
                kept.append(parameter)
            }
        }
        operation.parameters = kept
        return errors
    }

    private func malformed(_ annotation: Annotation, _ detail: String) -> APIGenError {
        APIGenError("malformed @\(annotation.key) annotation: \(detail)", at: annotation.location, rule: .malformedAnnotation)
    }

    private func tokens(_ annotation: Annotation) throws(APIGenError) -> [AnnotationTokenizer.Token] {
        do {
            return try AnnotationTokenizer.tokens(annotation.value)
        } catch {
            throw malformed(annotation, "unterminated quoted string")
        }
    }

    private func list(_ value: String) -> [String] {
        value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func mime(_ value: String, _ annotation: Annotation) throws(APIGenError) -> String {
        if let full = Self.mimeAliases[value.lowercased()] { return full }
        guard value.contains("/") else { throw malformed(annotation, "unknown MIME type alias '\(value)'") }
        return value
    }

    /// `ApiKeyAuth`, `BasicAuth && ApiKeyAuth`, `OAuth2[read, write] || ApiKeyAuth`: `||` separates
    /// alternatives, `&&` schemes needed together, brackets the OAuth 2 scopes.
    private func parseSecurity(_ annotation: Annotation) throws(APIGenError) -> [[SecurityRequirement]] {
        var alternatives: [[SecurityRequirement]] = []
        for alternative in annotation.value.components(separatedBy: "||") {
            var requirements: [SecurityRequirement] = []
            for part in alternative.components(separatedBy: "&&") {
                let text = part.trimmingCharacters(in: .whitespaces)
                var requirement = SecurityRequirement(name: text)
                if let open = text.firstIndex(of: "[") {
                    guard text.hasSuffix("]") else { throw malformed(annotation, "unclosed scope list in '\(text)'") }
                    requirement.name = String(text[..<open]).trimmingCharacters(in: .whitespaces)
                    requirement.scopes = list(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
                }
                guard !requirement.name.isEmpty, !requirement.name.contains(" ") else {
                    throw malformed(annotation, "expected '@Security Name', 'A && B' or 'OAuth2[scope, …]'")
                }
                requirements.append(requirement)
            }
            alternatives.append(requirements)
        }
        return alternatives
    }

    /// `/path/{id} [method]`
    private func parseRouter(_ annotation: Annotation) throws(APIGenError) -> (String, HTTPMethod) {
        let parts = annotation.value.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].hasPrefix("/"), parts[1].hasPrefix("["), parts[1].hasSuffix("]") else {
            throw malformed(annotation, "expected '@Router /path [method]'")
        }
        let methodName = parts[1].dropFirst().dropLast().lowercased()
        guard let method = HTTPMethod(rawValue: methodName) else { throw malformed(annotation, "unknown HTTP method '\(methodName)'") }
        return (String(parts[0]), method)
    }

    /// `name in type required "comment" attributes…`. A struct on a query or formData parameter
    /// is one parameter per stored property, and an enum is its raw type with its values, as swag
    /// writes them.
    private func parseParameter(_ annotation: Annotation) throws(APIGenError) -> [Parameter] {
        let words = try tokens(annotation)
        guard words.count >= 4, case .word(let name) = words[0], case .word(let place) = words[1],
            case .word(let typeName) = words[2], case .word(let requiredText) = words[3]
        else {
            throw malformed(annotation, "expected '@Param name in type required \"comment\"'")
        }
        guard let location = ParameterLocation.allCases.first(where: { $0.rawValue.lowercased() == place.lowercased() }) else {
            throw malformed(annotation, "parameter location must be one of path, query, header, body, formData, not '\(place)'")
        }
        guard let required = Bool(requiredText.lowercased()) else { throw malformed(annotation, "required must be true or false, not '\(requiredText)'") }
        var parameter = Parameter(
            name: name, location: location, type: .primitive(.string, format: nil), required: required || location == .path, description: "",
            sourceLocation: annotation.location)
        if location == .body {
            parameter.type = try resolver.resolve(annotationType: typeName, at: annotation.location)
        } else {
            switch try resolver.parameterType(typeName, at: annotation.location) {
            case .plain(let type):
                if case .model = type { throw malformed(annotation, "a \(place) parameter must have a primitive type, not '\(typeName)'") }
                parameter.type = type
            case .enumeration(let type, let values, let model):
                parameter.type = type
                parameter.enumValues = values
                parameter.enumModel = model
            case .fields(let fields):
                guard location == .query || location == .formData else {
                    throw malformed(annotation, "a \(place) parameter must have a primitive type, not '\(typeName)'; only query and formData parameters expand a struct")
                }
                // `required false` makes every field optional; `true` leaves it to each field's type.
                return fields.map { field in
                    Parameter(
                        name: field.name, location: location, type: field.type, required: required && field.required,
                        description: field.description ?? "", enumValues: field.values, enumModel: field.enumModel,
                        sourceLocation: annotation.location)
                }
            }
        }
        var rest = words.dropFirst(4)
        if case .quoted(let comment)? = rest.first {
            parameter.description = comment
            rest = rest.dropFirst()
        }
        for attribute in rest {
            try apply(attribute.text, to: &parameter, annotation)
        }
        return [parameter]
    }

    /// `enums(a,b)`, `default(x)`, `minimum(n)`, `maximum(n)`, `format(f)`, `collectionFormat(multi)`,
    /// in any case, as swag reads them.
    private func apply(_ text: String, to parameter: inout Parameter, _ annotation: Annotation) throws(APIGenError) {
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { throw malformed(annotation, "unexpected '\(text)'") }
        let attributeName = String(text[..<open])
        let argument = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingCharacters(in: .whitespaces)
        switch attributeName.lowercased() {
        // swag keeps an empty value (`Enums(, active)`): it is a value the server accepts.
        case "enums":
            let values = argument.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            // An empty value is a string; a number or boolean parameter cannot take it.
            let acceptsEmpty = if case .primitive(.string, _) = parameter.type { true } else { false }
            parameter.enumValues = acceptsEmpty ? values : values.filter { !$0.isEmpty }
        case "default": parameter.defaultValue = argument
        case "format": parameter.format = argument
        case "collectionformat":
            guard ["csv", "multi", "ssv", "pipes"].contains(argument) else {
                throw malformed(annotation, "collectionFormat must be csv, multi, ssv or pipes, not '\(argument)'")
            }
            guard case .array = parameter.type, parameter.location == .query || parameter.location == .formData else {
                throw malformed(annotation, "collectionFormat applies to array query or formData parameters")
            }
            parameter.collectionFormat = argument
        case "minimum", "maximum":
            guard let number = Double(argument) else { throw malformed(annotation, "\(attributeName) needs a number, not '\(argument)'") }
            if attributeName.lowercased() == "minimum" { parameter.minimum = number } else { parameter.maximum = number }
        default: throw malformed(annotation, "unknown attribute '\(attributeName)'")
        }
    }

    /// The body kinds of swag's `@Success`/`@Failure`, braced or not (`{array}`, `array`), in any case.
    private static let responseKinds: Set<String> = ["object", "array", "string", "integer", "number", "boolean", "file"]

    /// `code {object|array} Type "comment"`, `code {string} "comment"` (swag ignores a word after a
    /// primitive kind, as in `{string} txt`), or `code "comment"` for no body.
    private func parseResponse(_ annotation: Annotation) throws(APIGenError) -> ResponseSpec {
        let words = try tokens(annotation)
        guard case .word(let code)? = words.first, code == "default" || (Int(code).map { (100...599).contains($0) } ?? false) else {
            throw malformed(annotation, "expected a status code (100-599 or default) first")
        }
        var rest = words.dropFirst()
        var type: TypeRef?
        if case .word(let written)? = rest.first, written.hasPrefix("{") || Self.responseKinds.contains(written.lowercased()) {
            let braced = written.hasPrefix("{") && written.hasSuffix("}")
            let kind = (braced ? String(written.dropFirst().dropLast()) : written).lowercased()
            guard Self.responseKinds.contains(kind) else { throw malformed(annotation, "unknown kind \(written); expected {object} or {array}") }
            rest = rest.dropFirst()
            let typeWord: String? = if case .word(let word)? = rest.first { word } else { nil }
            switch kind {
            case "object", "array":
                guard let typeWord else { throw malformed(annotation, "expected a type after \(written)") }
                let element = try resolver.resolve(annotationType: typeWord, at: annotation.location)
                type = kind == "array" ? .array(element) : element
                rest = rest.dropFirst()
            default:
                let primitive = try resolver.resolve(annotationType: kind, at: annotation.location)
                type = primitive
                if let typeWord {
                    // `{string} UUID` keeps the word's format; any other word is ignored, as swag does.
                    if case .primitive(let named, _)? = TypeResolver.primitives[typeWord], case .primitive(named, _) = primitive {
                        type = TypeResolver.primitives[typeWord]
                    }
                    rest = rest.dropFirst()
                }
            }
        }
        var description = HTTPStatus.reasonPhrase(code)
        if case .quoted(let comment)? = rest.first {
            if !comment.isEmpty { description = comment }
            rest = rest.dropFirst()
        }
        guard rest.isEmpty else { throw malformed(annotation, "unexpected '\(rest.first!.text)'") }
        return ResponseSpec(code: code, type: type, description: description)
    }

    /// `code {type} Name "comment"`
    private func parseHeader(_ annotation: Annotation) throws(APIGenError) -> ResponseHeader {
        let words = try tokens(annotation)
        guard words.count >= 3, case .word(let code) = words[0], case .word(let kind) = words[1], kind.hasPrefix("{"), kind.hasSuffix("}"),
            case .word(let name) = words[2]
        else {
            throw malformed(annotation, "expected '@Header code {type} Name \"comment\"'")
        }
        let written = String(kind.dropFirst().dropLast())
        let typeName = Self.responseKinds.contains(written.lowercased()) ? written.lowercased() : written
        let type = try resolver.resolve(annotationType: typeName, at: annotation.location)
        var description = ""
        if words.count > 3, case .quoted(let comment) = words[3] { description = comment }
        return ResponseHeader(code: code, name: name, type: type, description: description)
    }
}

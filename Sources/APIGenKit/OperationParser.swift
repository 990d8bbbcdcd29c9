import Foundation

/// Reads one doc comment's swag-style annotations into an ``Operation``.
struct OperationParser {
    let resolver: TypeResolver

    static let mimeAliases: [String: String] = [
        "json": "application/json", "xml": "application/xml", "plain": "text/plain", "html": "text/html",
        "mpfd": "multipart/form-data", "x-www-form-urlencoded": "application/x-www-form-urlencoded",
        "octet-stream": "application/octet-stream", "json-api": "application/vnd.api+json", "png": "image/png",
    ]

    /// One operation per `@Router` line: swag lets one handler serve several routes. The first
    /// keeps the operation ID; the others get `-2`, `-3`, … so IDs stay unique.
    func parse(_ block: AnnotationBlock) throws(APIGenError) -> [Operation] {
        let routers = block.operationAnnotations.filter { $0.key == "Router" }
        guard let first = routers.first else {
            throw APIGenError("route annotations without @Router", at: block.operationAnnotations[0].location, rule: .incompleteRoute)
        }
        let operation = try parse(block, router: first)
        var operations = [operation]
        // The other routes share everything but their method, path and place.
        for (index, router) in routers.dropFirst().enumerated() {
            var another = operation
            (another.path, another.method) = try parseRouter(router)
            another.location = router.location
            another.id = operation.id + "-\(index + 2)"
            operations.append(another)
        }
        return operations
    }

    private func parse(_ block: AnnotationBlock, router: Annotation) throws(APIGenError) -> Operation {
        let annotations = block.operationAnnotations
        let (path, method) = try parseRouter(router)
        var operation = Operation(id: block.declarationName ?? "", path: path, method: method, location: router.location)
        var explicitID = false
        for annotation in annotations {
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
            case "Param": operation.parameters.append(try parseParameter(annotation))
            case "Success", "Failure": operation.responses.append(try parseResponse(annotation))
            case "Header": operation.headers.append(try parseHeader(annotation))
            case "Deprecated": operation.deprecated = true
            case let key where key.hasPrefix("x-"):
                guard key.count > 2 else { throw malformed(annotation, "an extension needs a name after 'x-'") }
                operation.extensions.append((key, value))
            default: break
            }
        }
        if !explicitID && operation.id.isEmpty && block.documentsStatement {
            // `app.get("todos", ":id") { … }`: named after its route, `get-todos-id`.
            operation.id = ([method.rawValue] + path.split(separator: "/").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "{}")) })
                .joined(separator: "-")
        }
        if !explicitID && operation.id.isEmpty {
            throw APIGenError("route has no @ID and documents no function to name it after", at: router.location, rule: .incompleteRoute)
        }
        return operation
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
        if let full = Self.mimeAliases[value] { return full }
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

    /// `name in type required "comment" attributes…`
    private func parseParameter(_ annotation: Annotation) throws(APIGenError) -> Parameter {
        let words = try tokens(annotation)
        guard words.count >= 4, case .word(let name) = words[0], case .word(let place) = words[1],
            case .word(let typeName) = words[2], case .word(let requiredText) = words[3]
        else {
            throw malformed(annotation, "expected '@Param name in type required \"comment\"'")
        }
        guard let location = ParameterLocation(rawValue: place) else {
            throw malformed(annotation, "parameter location must be one of path, query, header, body, formData, not '\(place)'")
        }
        guard let required = Bool(requiredText) else { throw malformed(annotation, "required must be true or false, not '\(requiredText)'") }
        let type = try resolver.resolve(annotationType: typeName, at: annotation.location)
        if location != .body, case .model = type {
            throw malformed(annotation, "a \(place) parameter must have a primitive type, not '\(typeName)'")
        }
        var parameter = Parameter(
            name: name, location: location, type: type, required: required || location == .path, description: "",
            sourceLocation: annotation.location)
        var rest = words.dropFirst(4)
        if case .quoted(let comment)? = rest.first {
            parameter.description = comment
            rest = rest.dropFirst()
        }
        for attribute in rest {
            let text = attribute.text
            guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { throw malformed(annotation, "unexpected '\(text)'") }
            let attributeName = String(text[..<open])
            let argument = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingCharacters(in: .whitespaces)
            switch attributeName {
            case "enums": parameter.enumValues = list(argument)
            case "default": parameter.defaultValue = argument
            case "format": parameter.format = argument
            case "collectionFormat":
                guard ["csv", "multi", "ssv", "pipes"].contains(argument) else {
                    throw malformed(annotation, "collectionFormat must be csv, multi, ssv or pipes, not '\(argument)'")
                }
                guard case .array = type, location == .query || location == .formData else {
                    throw malformed(annotation, "collectionFormat applies to array query or formData parameters")
                }
                parameter.collectionFormat = argument
            case "minimum", "maximum":
                guard let number = Double(argument) else { throw malformed(annotation, "\(attributeName) needs a number, not '\(argument)'") }
                if attributeName == "minimum" { parameter.minimum = number } else { parameter.maximum = number }
            default: throw malformed(annotation, "unknown attribute '\(attributeName)'")
            }
        }
        return parameter
    }

    /// `code {object|array|string…} Type "comment"`, or `code "comment"` for no body.
    private func parseResponse(_ annotation: Annotation) throws(APIGenError) -> ResponseSpec {
        let words = try tokens(annotation)
        guard case .word(let code)? = words.first, code == "default" || (Int(code).map { (100...599).contains($0) } ?? false) else {
            throw malformed(annotation, "expected a status code (100-599 or default) first")
        }
        var rest = words.dropFirst()
        var type: TypeRef?
        if case .word(let kind)? = rest.first, kind.hasPrefix("{"), kind.hasSuffix("}") {
            guard case .word(let typeName)? = rest.dropFirst().first else { throw malformed(annotation, "expected a type after \(kind)") }
            let element = try resolver.resolve(annotationType: typeName, at: annotation.location)
            switch kind {
            case "{object}", "{string}", "{integer}", "{number}", "{boolean}": type = element
            case "{array}": type = .array(element)
            default: throw malformed(annotation, "unknown kind \(kind); expected {object} or {array}")
            }
            rest = rest.dropFirst(2)
        }
        var description = annotation.key == "Success" ? "Success" : "Error"
        if case .quoted(let comment)? = rest.first {
            description = comment
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
        let type = try resolver.resolve(annotationType: String(kind.dropFirst().dropLast()), at: annotation.location)
        var description = ""
        if words.count > 3, case .quoted(let comment) = words[3] { description = comment }
        return ResponseHeader(code: code, name: name, type: type, description: description)
    }
}

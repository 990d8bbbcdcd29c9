import Foundation

/// Reads the general information (`@title`, `@version`, `@description`, `@termsOfService`,
/// `@contact.*`, `@license.*`, `@tag.*`, `@externalDocs.*`, `@BasePath`) and the security
/// definitions into ``APIInfo``. Lines that amend the one above (`@in`, `@scope.read`,
/// `@tag.description`) follow swag's order.
struct InfoReader {
    var info: APIInfo

    /// Every error of the lines, not only the first; a line in error changes nothing.
    mutating func read(_ annotations: [Annotation]) -> [APIGenError] {
        var errors: [APIGenError] = []
        for annotation in annotations {
            do {
                try read(annotation)
            } catch {
                errors.append(error)
            }
        }
        return errors
    }

    private mutating func read(_ annotation: Annotation) throws(APIGenError) {
        let value = annotation.value
        switch annotation.key {
        case "title": info.title = value
        case "version": info.version = value
        case AnnotationBlock.descriptionKey: info.description = [info.description, value].compactMap { $0 }.joined(separator: "\n")
        case "BasePath": info.basePath = value
        case "host": info.host = value
        case "termsOfService": info.termsOfService = try absoluteURL(annotation)
        case "contact.name": info.contact.name = value
        case "contact.url": info.contact.url = try absoluteURL(annotation)
        case "contact.email": info.contact.email = value
        case "license.name": info.license.name = value
        case "license.url": info.license.url = try absoluteURL(annotation)
        case "externalDocs.description": info.externalDocs.description = value
        case "externalDocs.url": info.externalDocs.url = try absoluteURL(annotation)
        case "tag.name":
            guard !value.isEmpty else { throw malformed(annotation, "@tag.name needs a name") }
            info.tags.append(TagInfo(name: value))
        case "tag.description", "tag.docs.url", "tag.docs.description":
            guard !info.tags.isEmpty else { throw malformed(annotation, "@\(annotation.key) must follow a @tag.name") }
            switch annotation.key {
            case "tag.description": info.tags[info.tags.count - 1].description = value
            case "tag.docs.url": info.tags[info.tags.count - 1].docs.url = try absoluteURL(annotation)
            default: info.tags[info.tags.count - 1].docs.description = value
            }
        case "securityDefinitions.apikey", "securityDefinitions.basic":
            guard !value.isEmpty else { throw malformed(annotation, "@\(annotation.key) needs a name") }
            info.securitySchemes.append(SecurityScheme(
                name: value, kind: annotation.key.hasSuffix("basic") ? .basic : .apiKey, definedAt: annotation.location))
        case let key where key.hasPrefix("securityDefinitions.oauth2."):
            guard !value.isEmpty else { throw malformed(annotation, "@\(annotation.key) needs a name") }
            let flow = String(key.dropFirst("securityDefinitions.oauth2.".count))
            info.securitySchemes.append(SecurityScheme(name: value, kind: .oauth2(flow: flow), definedAt: annotation.location))
        case "in", "name", "tokenUrl", "authorizationUrl":
            try amendLastScheme(annotation)
        case let key where key.hasPrefix("scope."):
            guard var scheme = info.securitySchemes.popLast(), case .oauth2 = scheme.kind else {
                throw malformed(annotation, "@\(key) must follow an @securityDefinitions.oauth2 definition")
            }
            scheme.scopes.append((String(key.dropFirst("scope.".count)), value))
            info.securitySchemes.append(scheme)
        default: break
        }
    }

    /// The documents link these: a relative or malformed URL would be a broken link.
    private func absoluteURL(_ annotation: Annotation) throws(APIGenError) -> String {
        guard let url = URL(string: annotation.value), url.scheme != nil, url.host != nil else {
            throw malformed(annotation, "@\(annotation.key) needs an absolute URL, not '\(annotation.value)'")
        }
        return annotation.value
    }

    private func malformed(_ annotation: Annotation, _ message: String) -> APIGenError {
        APIGenError(message, at: annotation.location, rule: .malformedAnnotation)
    }

    /// `@in`/`@name` of an API key, `@tokenUrl`/`@authorizationUrl` of an OAuth 2 flow: they amend
    /// the definition above them.
    private mutating func amendLastScheme(_ annotation: Annotation) throws(APIGenError) {
        let value = annotation.value
        guard var scheme = info.securitySchemes.popLast() else {
            throw malformed(annotation, "@\(annotation.key) must follow an @securityDefinitions annotation")
        }
        defer { info.securitySchemes.append(scheme) }
        switch (annotation.key, scheme.kind) {
        case ("in", .apiKey):
            guard ["header", "query", "cookie"].contains(value.lowercased()) else {
                throw malformed(annotation, "@in must be header, query or cookie, not '\(value)'")
            }
            scheme.location = value.lowercased()
        case ("name", .apiKey): scheme.parameterName = value
        case ("tokenUrl", .oauth2): scheme.tokenURL = value
        case ("authorizationUrl", .oauth2): scheme.authorizationURL = value
        default:
            throw malformed(annotation, "@\(annotation.key) does not apply to '\(scheme.name)'")
        }
    }
}

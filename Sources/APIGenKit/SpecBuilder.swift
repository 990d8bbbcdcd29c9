import Foundation

import SwiftParser
import SwiftSyntax

import ToolSupport

/// Reads the inputs into an ``APISpec``, collecting every error instead of stopping at the first.
struct SpecBuilder {
    var keyStrategy: KeyStrategy

    func build(files: [(path: String, source: String)]) -> Result<APISpec, APIGenErrors> {
        var errors: [APIGenError] = []
        var declared: [DeclaredType] = []
        var blocks: [AnnotationBlock] = []
        for (path, source) in files {
            let tree = Parser.parse(source: source)
            if let parseError = ParseCheck.firstError(in: tree, file: path) {
                errors.append(APIGenError(diagnostic: parseError))
                continue
            }
            let collector = TypeCollector(file: path, tree: tree)
            collector.walk(tree)
            declared += collector.types
            blocks += AnnotationScanner.blocks(in: tree, file: path)
        }
        let resolver = TypeResolver(declared: declared, keyStrategy: keyStrategy)
        var info = APIInfo()
        var operations: [Operation] = []
        for block in blocks {
            do {
                try readInfo(block.infoAnnotations, into: &info)
                if !block.operationAnnotations.isEmpty {
                    operations += try OperationParser(resolver: resolver).parse(block)
                }
            } catch {
                errors.append(error)
            }
        }
        errors += validate(operations)
        errors += validate(info, operations)
        resolver.buildReachableModels()
        errors += resolver.errors
        // `Workspace.Status` and `WorkspaceStatus`, or a declared `PageOfItem` beside `Page[Item]`,
        // would be one type in TypeScript, Swift and the OpenAPI components.
        for (flatName, models) in Dictionary(grouping: resolver.models.values, by: \.flatName) where models.count > 1 {
            let sorted = models.sorted { $0.name < $1.name }
            errors.append(APIGenError(
                "types \(sorted.map { "'\($0.name)'" }.joined(separator: " and ")) \(sorted.count == 2 ? "both" : "all") become '\(flatName)' in the generated code; rename one",
                at: sorted[1].location, rule: .unsupportedType, notes: [sorted[0].location.note("'\(sorted[0].name)' declared here")]))
        }
        guard errors.isEmpty else { return .failure(APIGenErrors(errors: errors)) }
        let sorted = operations.sorted { ($0.path, $0.method.rawValue) < ($1.path, $1.method.rawValue) }
        return .success(APISpec(info: info, operations: sorted, models: resolver.models))
    }

    private func readInfo(_ annotations: [Annotation], into info: inout APIInfo) throws(APIGenError) {
        for annotation in annotations {
            let value = annotation.value
            switch annotation.key {
            case "title": info.title = value
            case "version": info.version = value
            case "description": info.description = [info.description, value].compactMap { $0 }.joined(separator: "\n")
            case "BasePath": info.basePath = value
            case "securityDefinitions.apikey", "securityDefinitions.basic":
                guard !value.isEmpty else { throw APIGenError("@\(annotation.key) needs a name", at: annotation.location, rule: .malformedAnnotation) }
                info.securitySchemes.append(SecurityScheme(
                    name: value, kind: annotation.key.hasSuffix("basic") ? .basic : .apiKey, definedAt: annotation.location))
            case let key where key.hasPrefix("securityDefinitions.oauth2."):
                guard !value.isEmpty else { throw APIGenError("@\(annotation.key) needs a name", at: annotation.location, rule: .malformedAnnotation) }
                let flow = String(key.dropFirst("securityDefinitions.oauth2.".count))
                info.securitySchemes.append(SecurityScheme(name: value, kind: .oauth2(flow: flow), definedAt: annotation.location))
            case "in", "name", "tokenUrl", "authorizationUrl":
                try amendLastScheme(&info, annotation)
            case let key where key.hasPrefix("scope."):
                guard var scheme = info.securitySchemes.popLast(), case .oauth2 = scheme.kind else {
                    throw APIGenError("@\(key) must follow an @securityDefinitions.oauth2 definition", at: annotation.location, rule: .malformedAnnotation)
                }
                scheme.scopes.append((String(key.dropFirst("scope.".count)), value))
                info.securitySchemes.append(scheme)
            default: break
            }
        }
    }

    /// `@in`/`@name` of an API key, `@tokenUrl`/`@authorizationUrl` of an OAuth 2 flow: they amend
    /// the definition above them.
    private func amendLastScheme(_ info: inout APIInfo, _ annotation: Annotation) throws(APIGenError) {
        let value = annotation.value
        guard var scheme = info.securitySchemes.popLast() else {
            throw APIGenError("@\(annotation.key) must follow an @securityDefinitions annotation", at: annotation.location, rule: .malformedAnnotation)
        }
        switch (annotation.key, scheme.kind) {
        case ("in", .apiKey):
            guard ["header", "query", "cookie"].contains(value) else {
                throw APIGenError("@in must be header, query or cookie, not '\(value)'", at: annotation.location, rule: .malformedAnnotation)
            }
            scheme.location = value
        case ("name", .apiKey): scheme.parameterName = value
        case ("tokenUrl", .oauth2): scheme.tokenURL = value
        case ("authorizationUrl", .oauth2): scheme.authorizationURL = value
        default:
            throw APIGenError("@\(annotation.key) does not apply to '\(scheme.name)'", at: annotation.location, rule: .malformedAnnotation)
        }
        info.securitySchemes.append(scheme)
    }

    /// OAuth 2 flows have the URLs their flow needs; `@Security` names defined schemes.
    private func validate(_ info: APIInfo, _ operations: [Operation]) -> [APIGenError] {
        var errors: [APIGenError] = []
        for scheme in info.securitySchemes {
            guard case .oauth2(let flow) = scheme.kind else { continue }
            let needsToken = ["application", "password", "accessCode"].contains(flow)
            let needsAuthorization = ["implicit", "accessCode"].contains(flow)
            guard ["application", "implicit", "password", "accessCode"].contains(flow) else {
                errors.append(APIGenError("unknown OAuth 2 flow '\(flow)'; use application, implicit, password or accessCode", at: scheme.definedAt, rule: .malformedAnnotation))
                continue
            }
            for url in [scheme.tokenURL, scheme.authorizationURL].compactMap({ $0 }) where URL(string: url)?.scheme == nil {
                errors.append(APIGenError("'\(url)' of OAuth 2 scheme '\(scheme.name)' is not an absolute URL", at: scheme.definedAt, rule: .malformedAnnotation))
            }
            if needsToken && scheme.tokenURL == nil {
                errors.append(APIGenError("OAuth 2 scheme '\(scheme.name)' (\(flow)) needs @tokenUrl", at: scheme.definedAt, rule: .malformedAnnotation))
            }
            if needsAuthorization && scheme.authorizationURL == nil {
                errors.append(APIGenError("OAuth 2 scheme '\(scheme.name)' (\(flow)) needs @authorizationUrl", at: scheme.definedAt, rule: .malformedAnnotation))
            }
        }
        let defined = Set(info.securitySchemes.map(\.name))
        for operation in operations {
            for name in operation.security where !defined.contains(name) {
                errors.append(APIGenError(
                    "@Security names '\(name)', which no @securityDefinitions annotation defines", at: operation.location, rule: .malformedAnnotation))
            }
        }
        return errors
    }

    /// Duplicate IDs and routes, and path parameters without their `@Param`.
    private func validate(_ operations: [Operation]) -> [APIGenError] {
        var errors: [APIGenError] = []
        var seenIDs: [String: Operation] = [:]
        var seenRoutes: [String: Operation] = [:]
        var seenMethodNames: [String: Operation] = [:]
        for operation in operations.sorted(by: { ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line) }) {
            if let first = seenIDs[operation.id] {
                errors.append(APIGenError(
                    "duplicate operation ID '\(operation.id)' (first at \(first.location.file):\(first.location.line))", at: operation.location,
                    rule: .duplicateOperation, notes: [first.location.note("first declared here")]))
            } else {
                seenIDs[operation.id] = operation
            }
            let methodName = SwiftClientWriter.methodName(operation)
            if let first = seenMethodNames[methodName], first.id != operation.id {
                errors.append(APIGenError(
                    "operation IDs '\(first.id)' (\(first.route)) and '\(operation.id)' (\(operation.route)) both become the Swift method '\(methodName)'",
                    at: operation.location, rule: .duplicateOperation, notes: [first.location.note("'\(first.id)' declared here")]))
            } else if seenMethodNames[methodName] == nil {
                seenMethodNames[methodName] = operation
            }
            let route = operation.route
            if let first = seenRoutes[route] {
                errors.append(APIGenError(
                    "duplicate route '\(route)' (first at \(first.location.file):\(first.location.line))", at: operation.location,
                    rule: .duplicateOperation, notes: [first.location.note("first declared here")]))
            } else {
                seenRoutes[route] = operation
            }
            let declaredPathParameters = Set(operation.parameters.filter { $0.location == .path }.map(\.name))
            for name in operation.pathParameterNames where !declaredPathParameters.contains(name) {
                errors.append(APIGenError(
                    "path parameter '{\(name)}' of '\(route)' has no @Param \(name) path …", at: operation.location, rule: .pathParameter))
            }
            for parameter in operation.parameters where parameter.location == .path && !operation.pathParameterNames.contains(parameter.name) {
                errors.append(APIGenError(
                    "path parameter '\(parameter.name)' does not appear in route '\(operation.path)'", at: parameter.sourceLocation,
                    rule: .pathParameter))
            }
        }
        return errors
    }
}

/// Several errors at once.
struct APIGenErrors: Error {
    var errors: [APIGenError]
    var diagnostics: [Diagnostic] { errors.map(\.diagnostic).sorted() }
}

import Foundation

import SwiftParser
import SwiftSyntax

import ToolSupport

/// Reads the inputs into an ``APISpec``, collecting every error instead of stopping at the first.
/// A finding the configuration sets to `warning` or `off` does not stop generation: each check
/// says what the outputs then contain (an undefined `@Security` scheme is kept as written, a path
/// `@Param` the route lacks is left out, …), and warnings come back with the spec.
struct SpecBuilder {
    var keyStrategy: KeyStrategy
    var rules = RuleSettings()

    func build(inputs: APIInputs) -> Result<APISpec, APIGenErrors> {
        // An input that cannot be read or parsed fails the build, with every other error found.
        var errors = inputs.problems.map(APIGenError.init(diagnostic:))
        let declared = inputs.facts.flatMap(\.types)
        let blocks = inputs.facts.flatMap(\.blocks)
        let resolver = TypeResolver(declared: declared, keyStrategy: keyStrategy)
        var info = APIInfo()
        var operations: [APIOperation] = []
        let names = OperationNames(blocks: blocks)
        for block in blocks {
            var reader = InfoReader(info: info)
            errors += reader.read(block.infoAnnotations)
            info = reader.info
            if !block.operationAnnotations.isEmpty {
                let parsed = OperationParser(resolver: resolver).parse(block, name: names.name(for: block))
                operations += parsed.operations
                errors += parsed.errors
            }
        }
        errors += validate(&operations)
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
        let findings = rules.apply(errors.map(\.diagnostic))
        guard !findings.contains(where: { $0.severity == .error }) else { return .failure(APIGenErrors(errors: errors)) }
        let sorted = operations.sorted { ($0.path, $0.method.rawValue) < ($1.path, $1.method.rawValue) }
        return .success(APISpec(info: info, operations: sorted, models: resolver.models, warnings: findings.sorted()))
    }

    /// OAuth 2 flows have the URLs their flow needs; `@Security` names defined schemes.
    private func validate(_ info: APIInfo, _ operations: [APIOperation]) -> [APIGenError] {
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
                // As a warning the requirement stays as written, as swag writes it.
                errors.append(APIGenError(
                    "@Security names '\(name)', which no @securityDefinitions annotation defines", at: operation.location,
                    rule: .unknownSecurityScheme))
            }
        }
        return errors
    }

    /// Duplicate IDs and routes, and path parameters without their `@Param`. Downgraded to
    /// warnings, each is mended the way swag's output reads: the later of two routes wins, a
    /// repeated ID gets a `-2` suffix, a `{name}` without `@Param` is a required string, and a path
    /// `@Param` the route lacks is left out.
    private func validate(_ operations: inout [APIOperation]) -> [APIGenError] {
        var errors: [APIGenError] = []
        var seenIDs: [String: APIOperation] = [:]
        var seenRoutes: [String: Int] = [:]
        var seenMethodNames: [String: APIOperation] = [:]
        var dropped: Set<Int> = []
        operations.sort { ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line) }
        for index in operations.indices {
            var operation = operations[index]
            if let first = seenIDs[operation.id] {
                errors.append(APIGenError(
                    "duplicate operation ID '\(operation.id)' (first at \(first.location.file):\(first.location.line))", at: operation.location,
                    rule: .duplicateOperation, notes: [first.location.note("first declared here")]))
                operation.id = unusedID(operation.id, seenIDs)
            }
            let methodName = SwiftClientWriter.methodName(operation)
            if let first = seenMethodNames[methodName], first.id != operation.id {
                errors.append(APIGenError(
                    "operation IDs '\(first.id)' (\(first.route)) and '\(operation.id)' (\(operation.route)) both become the Swift method '\(methodName)'",
                    at: operation.location, rule: .duplicateOperation, notes: [first.location.note("'\(first.id)' declared here")]))
                operation.id = unusedID(operation.id, seenIDs)
            }
            seenIDs[operation.id] = operation
            let keptMethodName = SwiftClientWriter.methodName(operation)
            if seenMethodNames[keptMethodName] == nil { seenMethodNames[keptMethodName] = operation }
            let route = operation.route
            if let firstIndex = seenRoutes[route] {
                let first = operations[firstIndex]
                errors.append(APIGenError(
                    "duplicate route '\(route)' (first at \(first.location.file):\(first.location.line))", at: operation.location,
                    rule: .duplicateOperation, notes: [first.location.note("first declared here")]))
                dropped.insert(firstIndex)
            }
            seenRoutes[route] = index
            let declaredPathParameters = Set(operation.parameters.filter { $0.location == .path }.map(\.name))
            for name in operation.pathParameterNames where !declaredPathParameters.contains(name) {
                if !operation.omitsLines {
                    errors.append(APIGenError(
                        "path parameter '{\(name)}' of '\(route)' has no @Param \(name) path …", at: operation.location, rule: .pathParameter))
                }
                operation.parameters.append(Parameter(
                    name: name, location: .path, type: .primitive(.string, format: nil), required: true, description: "",
                    sourceLocation: operation.location))
            }
            for parameter in operation.parameters where parameter.location == .path && !operation.pathParameterNames.contains(parameter.name) {
                errors.append(APIGenError(
                    "path parameter '\(parameter.name)' does not appear in route '\(operation.path)'", at: parameter.sourceLocation,
                    rule: .pathParameter))
            }
            let inPath = operation.pathParameterNames
            operation.parameters.removeAll { $0.location == .path && !inPath.contains($0.name) }
            operations[index] = operation
        }
        operations = operations.indices.filter { !dropped.contains($0) }.map { operations[$0] }
        return errors
    }

    /// `id-2`, `id-3`, …: the first not taken.
    private func unusedID(_ id: String, _ taken: [String: APIOperation]) -> String {
        var suffix = 2
        while taken["\(id)-\(suffix)"] != nil { suffix += 1 }
        return "\(id)-\(suffix)"
    }
}

/// Several errors at once.
struct APIGenErrors: Error {
    var errors: [APIGenError]
    var diagnostics: [Diagnostic] { errors.map(\.diagnostic).sorted() }
}

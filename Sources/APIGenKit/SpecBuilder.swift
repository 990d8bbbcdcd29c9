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
        resolver.buildReachableModels()
        errors += resolver.errors
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
            case "securityDefinitions.apikey":
                guard !value.isEmpty else { throw APIGenError("@securityDefinitions.apikey needs a name", at: annotation.location, rule: .malformedAnnotation) }
                info.securitySchemes.append(APIKeyScheme(name: value, location: "header", parameterName: "Authorization"))
            case "in", "name":
                guard var scheme = info.securitySchemes.popLast() else {
                    throw APIGenError("@\(annotation.key) must follow @securityDefinitions.apikey", at: annotation.location, rule: .malformedAnnotation)
                }
                if annotation.key == "in" {
                    guard ["header", "query", "cookie"].contains(value) else {
                        throw APIGenError("@in must be header, query or cookie, not '\(value)'", at: annotation.location, rule: .malformedAnnotation)
                    }
                    scheme.location = value
                } else {
                    scheme.parameterName = value
                }
                info.securitySchemes.append(scheme)
            default: break
            }
        }
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

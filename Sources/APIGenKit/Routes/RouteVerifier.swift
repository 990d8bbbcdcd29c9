import Foundation

import SwiftParser
import SwiftSyntax

import IndexStore
import ToolSupport

/// `--verify-routes`: the routes the code registers against the `@Router` annotations, both
/// ways, by method and full path (`@BasePath` prefixed), parameters compared by position and name.
enum RouteVerifier {
    static func findings(spec: APISpec, inputs: APIInputs, index: IndexedProgram? = nil) -> [Diagnostic] {
        let parsed = inputs.parsed
        let callIndex = index.map { program in
            RouteCallIndex(program: program, absolutePaths: Dictionary(parsed.map { ($0.displayPath, absolutePath($0.file.path)) }) { first, _ in first })
        }
        return findings(spec: spec, registrations: RouteReader.registrations(in: parsed, index: callIndex))
    }

    static func findings(spec: APISpec, registrations: [RouteRegistration]) -> [Diagnostic] {
        let documented = spec.operations.map { operation in
            let path = RouteSegment.parse((spec.info.basePath ?? "") + "/" + operation.path)
            return (operation: operation, path: path, shape: path.map(\.shape))
        }
        var matched = Set<Int>()
        var diagnostics: [Diagnostic] = []
        for registration in registrations {
            let at = registration.location
            guard let method = registration.method, let path = registration.path, registration.unplaced == nil else {
                let why = registration.unknownBecause ?? "built at run time, or on a builder it cannot follow"
                let what = registration.unplaced
                    ?? "a \(registration.method?.rawValue.uppercased() ?? "") route whose path apigen cannot work out (\(why)) is not checked against the @Router annotations"
                diagnostics.append(Diagnostic(
                    rule: .unresolvedRoute, file: at.file, line: at.line, column: at.column, message: what, severity: .warning,
                    notes: registration.notes))
                continue
            }
            let shape = path.map(\.shape)
            if let index = documented.indices.first(where: { documented[$0].operation.method == method && documented[$0].shape == shape }) {
                matched.insert(index)
                let other = documented[index]
                let mismatches = zip(path, other.path).compactMap { mine, theirs -> String? in
                    guard let name = mine.parameterName, let documentedName = theirs.parameterName, name != documentedName else { return nil }
                    return "':\(name)' is '{\(documentedName)}'"
                }
                guard !mismatches.isEmpty else { continue }
                diagnostics.append(Diagnostic(
                    rule: .undocumentedRoute, file: at.file, line: at.line, column: at.column,
                    message: "\(registration.display): path parameter \(mismatches.joined(separator: ", ")) in its @Router annotation (\(place(other.operation)))",
                    notes: registration.notes + [other.operation.location.note("documented here")]))
                continue
            }
            var message = "\(registration.display) has no @Router annotation"
            var notes = registration.notes
            if let other = documented.first(where: { $0.shape == shape }) {
                message += "; the path is documented as \(other.operation.method.rawValue.uppercased()) (\(place(other.operation)))"
                notes.append(other.operation.location.note("documented here"))
            }
            diagnostics.append(Diagnostic(rule: .undocumentedRoute, file: at.file, line: at.line, column: at.column, message: message, notes: notes))
        }
        let unresolved = registrations.filter { !$0.isResolved }.count
        for (index, entry) in documented.enumerated() where !matched.contains(index) {
            let at = entry.operation.location
            var message = "@Router \(entry.operation.method.rawValue.uppercased()) \(RouteRegistration.text(entry.path, style: .braces)) matches no registered route"
            if unresolved > 0 { message += " (\(unresolved) registration\(unresolved == 1 ? "" : "s") could not be read)" }
            diagnostics.append(Diagnostic(rule: .unregisteredRoute, file: at.file, line: at.line, column: at.column, message: message))
        }
        return diagnostics.sorted()
    }

    private static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)).standardizedFileURL.path
    }

    private static func place(_ operation: APIOperation) -> String {
        "\(operation.location.file.split(separator: "/").last ?? ""):\(operation.location.line)"
    }
}

import Foundation

import SwiftSyntax

import IndexStore
import ToolSupport

/// `--verify-routes --index-store`: the compiler's answer to which function a call names, read
/// from the package's index store (``IndexedProgram``, shared with intxcheck). A call the index
/// binds to one of the inputs' functions is followed into that function alone; a call it binds to
/// a function declared outside the package (a library's) is followed nowhere. Where the index has
/// no answer (a stale file, a protocol requirement it dispatches dynamically, a file it did not
/// index) the syntax decides, as without the index.
final class RouteCallIndex {
    enum Callee {
        case function(RouteDeclarations.Function)
        /// Declared outside the package: no body to follow.
        case outside
    }

    private let occurrences: IndexedProgram.Occurrences
    /// Each input's absolute path, by the display path the reader knows it by.
    private let absolutePaths: [String: String]
    /// The inputs' functions by the absolute path and position of their names, made on first use.
    private var functionsByPosition: [String: RouteDeclarations.Function]?

    init(program: IndexedProgram, absolutePaths: [String: String]) {
        occurrences = program.occurrences()
        self.absolutePaths = absolutePaths
    }

    func callee(of call: FunctionCallExprSyntax, named name: String, at location: InputLocation, in declarations: RouteDeclarations) -> Callee? {
        guard let path = absolutePaths[location.file],
            let site = occurrences.call(inFile: path, line: location.line, column: location.column, named: name)
        else { return nil }
        guard let definition = occurrences.definitions[site.usr] else {
            return occurrences.staleDefinitions.contains(site.usr) ? nil : .outside
        }
        guard let function = functions(of: declarations)["\(definition.file):\(definition.line):\(definition.column)"],
            function.decl.body != nil
        else { return nil }
        return .function(function)
    }

    private func functions(of declarations: RouteDeclarations) -> [String: RouteDeclarations.Function] {
        if let functionsByPosition { return functionsByPosition }
        var byPosition: [String: RouteDeclarations.Function] = [:]
        for function in declarations.functions {
            guard let path = absolutePaths[function.file] else { continue }
            let name = function.location
            byPosition["\(path):\(name.line):\(name.column)"] = function
        }
        functionsByPosition = byPosition
        return byPosition
    }
}

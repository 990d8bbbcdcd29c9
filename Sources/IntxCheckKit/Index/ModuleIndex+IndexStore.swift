import Foundation

import SwiftParser

import IndexStore
import ToolSupport

extension ModuleIndex {
    /// The module's index, with the compiler index's answers when there is one: the functions of
    /// other targets its calls reach (read from their source files, found by the index's
    /// declarations) are added for the index's lookups only, so the syntactic fallback sees the
    /// module as it always did.
    static func make(files: [File], paths: [String], program: IndexedProgram?) -> ModuleIndex {
        guard let program else { return ModuleIndex(files: files) }
        let occurrences = program.occurrences()
        let ownPaths = paths.map(Self.absolutePath)
        // Other targets' files that declare what the module calls, and what those call in turn.
        var seen = Set(ownPaths)
        var queue = ownPaths
        var foreignPaths: [String] = []
        while let file = queue.popLast() {
            for site in (occurrences.calls[file] ?? [:]).values.joined() {
                guard let definition = occurrences.definitions[site.usr], seen.insert(definition.file).inserted else { continue }
                foreignPaths.append(definition.file)
                queue.append(definition.file)
            }
        }
        foreignPaths.sort()
        let foreignFiles: [File?] = parallelMap(foreignPaths) { path in
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            let bytes = [UInt8](data)
            let tree = bytes.withUnsafeBufferPointer { Parser.parse(source: $0) }
            let (facts, bodies) = FactExtractor.declarations(of: tree, bytes: bytes)
            return File(displayPath: DisplayPath.relative(path), facts: facts, bodies: .parsed(bodies))
        }
        var allFiles = files
        var allPaths = ownPaths
        for (path, file) in zip(foreignPaths, foreignFiles) {
            guard let file else { continue }
            allFiles.append(file)
            allPaths.append(path)
        }
        // Function indexes as `init(files:)` numbers them: file by file, in order; per file, by
        // the position of the name.
        var functionAt: [String: [Position: Int]] = [:]
        var next = 0
        for (path, file) in zip(allPaths, allFiles) {
            var positions: [Position: Int] = [:]
            for function in file.facts.functions {
                positions[Position(line: function.line, column: function.column)] = next
                next += 1
            }
            functionAt[path] = positions
        }
        var functionsByUSR: [String: Int] = [:]
        for (usr, definition) in occurrences.definitions {
            if let function = functionAt[definition.file]?[Position(line: definition.line, column: definition.column)] {
                functionsByUSR[usr] = function
            }
        }
        let indexed = IndexedCalls(
            occurrences: occurrences,
            absolutePaths: Dictionary(zip(allFiles.map(\.displayPath), allPaths)) { first, _ in first },
            functionsByUSR: functionsByUSR)
        return ModuleIndex(files: allFiles, ownFiles: files.count, indexed: indexed)
    }

    private struct Position: Hashable {
        let line: Int
        let column: Int
    }

    static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
            .standardizedFileURL.path
    }
}

import Foundation

import IndexStore
import ToolSupport

/// What intxcheck supplies to the driver: facts are a file's declarations (bodies summarized on
/// demand and cached once summarized), the module is their ``ModuleIndex``, and the check is
/// ``IntxCheck/analyze(_:options:module:)``.
struct IntxCheckAnalyzer: ModuleAnalyzer {
    let tool: ToolDescription
    let options: IntxCheckOptions
    let index: IndexedProgram?

    /// With the index, results depend on it too.
    var optionsDescription: String { options.cacheDescription + (index.map { ";index=" + $0.digest } ?? "") }
    var factsSchema: Int { FileFacts.schemaVersion }
    var unparsedFileFacts: FileFacts { FileFacts() }

    /// A transaction closure is only found in a file that names a transaction method.
    func needsModule(_ bytes: [UInt8]) -> Bool { options.methods.contains { bytes.containsBytes($0) } }

    func facts(of context: FileContext) -> (facts: FileFacts, retained: FunctionBodies?) {
        let declarations = FactExtractor.declarations(of: context.tree, bytes: context.file.bytes)
        return (declarations.facts, declarations.bodies)
    }

    func encode(_ facts: FileFacts) -> [UInt8] { FactsCoding.encode(facts) }
    func decode(_ data: Data) -> FileFacts? { FactsCoding.decode(data) }

    func module(_ files: [ModuleMember<FileFacts, FunctionBodies>]) -> ModuleIndex {
        let members = files.map { file in
            ModuleIndex.File(displayPath: file.displayPath, facts: file.facts, bodies: file.retained.map { .parsed($0) } ?? .unparsed(file.source))
        }
        return ModuleIndex.make(files: members, paths: files.map(\.path), program: index)
    }

    func check(_ context: FileContext, module: ModuleIndex?) -> [Diagnostic] {
        IntxCheck.analyze(context, options: options, module: module)
    }

    func completedFacts(in module: ModuleIndex) -> [Int: FileFacts] { module.summarizedFiles() }
}

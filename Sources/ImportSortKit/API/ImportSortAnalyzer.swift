import Foundation

import ToolSupport

/// What importsort supplies to the driver: a per-file check whose result also depends on the
/// nearest manifest's targets (which modules are the package's own).
struct ImportSortAnalyzer: FileAnalyzer {
    let runner: ImportSortRunner

    var tool: ToolDescription { runner.tool }
    var optionsDescription: String { runner.options.cacheDescription }

    func resultKeyContext(forFile path: String) -> String {
        ";targets=" + runner.classifier(forFile: path).localModules.sorted().joined(separator: ",")
    }

    func check(_ context: FileContext, module: Void?) -> [Diagnostic] {
        let bytes = context.file.bytes
        let edits = ImportSorter.edits(in: context.tree, bytes: bytes, classifier: runner.classifier(forFile: context.file.path))
        guard !edits.isEmpty else { return [] }
        let line = ImportSortRunner.firstDifferingLine(bytes, TextEdit.apply(edits, to: bytes))
        return [Diagnostic(
            rule: .importOrder, file: context.displayPath, line: line, column: 1,
            message: "imports are not grouped and sorted (run importsort to fix)",
            fixes: [Fix(message: "group and sort the imports", edits: edits)])]
    }
}

import Foundation

import IndexStore
import ToolSupport

/// Runs intxcheck over files through the shared ``ModuleDriver``: each file's ``FileFacts``
/// (cached by content), then per module a pass that checks the transaction closures with the
/// whole module's facts. A file that names no transaction method needs no module. The same shape
/// as `ImportSortRunner`: options in, `check(files:cache:)` out.
public struct IntxCheckRunner: Sendable {
    public let options: IntxCheckOptions
    /// Its name and version are part of every cache key.
    public var tool = ToolDescription.intxcheck
    /// How much source the analysis keeps parsed while the module index is built; files beyond
    /// it are parsed again when their turn comes.
    public var treeBudgetBytes = 16 << 20
    /// The compiler's index (`--index-store`): exact callees where syntax has to guess. Its
    /// digest is part of the result keys.
    public var index: IndexedProgram?

    public init(options: IntxCheckOptions) {
        self.options = options
    }

    public func check(files: [String], cache: ResultCache?) -> CheckResult {
        var driver = ModuleDriver(analyzer: IntxCheckAnalyzer(tool: tool, options: options, index: index))
        driver.treeBudgetBytes = treeBudgetBytes
        return driver.run(files: files, cache: cache)
    }
}

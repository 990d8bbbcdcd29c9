import ToolSupport

/// Runs intxcheck over files: parallel, cached, in a stable order. The same shape as
/// `ImportSortRunner`: options in, `check(files:cache:)` out.
public struct IntxCheckRunner: Sendable {
    public let options: IntxCheckOptions

    public init(options: IntxCheckOptions) {
        self.options = options
    }

    public func check(files: [String], cache: ResultCache?) -> PipelineResult {
        let options = options
        return FilePipeline(tool: .intxcheck, options: options.cacheDescription).run(files: files, cache: cache) { context in
            IntxCheck.analyze(context, options: options)
        }
    }
}

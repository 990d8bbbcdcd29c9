import ToolSupport

/// Runs intxcheck over files: parallel, cached, in a stable order.
public enum IntxCheckRunner {
    public static func run(files: [String], options: IntxCheckOptions, cache: ResultCache?) -> PipelineResult {
        FilePipeline(tool: .intxcheck, options: options.cacheDescription).run(files: files, cache: cache) { context in
            IntxCheck.analyze(context, options: options)
        }
    }
}

import ToolSupport

/// Runs intxcheck over files: parallel, cached, in a stable order.
public enum IntxCheckRunner {
    /// Bump when analysis results change, so cached results from older builds are not reused.
    public static let version = "0.1.0"

    public static func run(files: [String], options: IntxCheckOptions, cache: ResultCache?) -> ProcessedFiles {
        let processor = CachedFileProcessor(tool: "intxcheck", version: version, options: options.cacheDescription)
        return processor.run(files: files, cache: cache) { path, source in
            IntxCheck.analyze(source: source, file: path, options: options)
        }
    }
}

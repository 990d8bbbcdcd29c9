/// Process exit codes shared by all three tools.
public enum ExitStatus {
    /// Nothing to report (warnings alone, unless `--strict`).
    public static let clean: Int32 = 0
    /// Findings, files that need changes, or stale generated output.
    public static let findings: Int32 = 1
    /// Bad usage or an I/O error.
    public static let usageOrIOError: Int32 = 2

    /// The status a run with these diagnostics ends with: an I/O error wins, then any error (or,
    /// with `strict`, any warning).
    public static func code(for diagnostics: [Diagnostic], strict: Bool = false) -> Int32 {
        if diagnostics.contains(where: { $0.rule == Rule.ioError.id }) { return usageOrIOError }
        if diagnostics.contains(where: { $0.severity == .error || (strict && $0.severity == .warning) }) { return findings }
        return clean
    }
}

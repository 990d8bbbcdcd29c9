import Foundation

import ArgumentParser

/// `--fix` and `--fix --diff`, for a tool whose findings carry exact fixes.
public struct FixOptions: ParsableArguments, Sendable {
    @Flag(help: "Apply the findings' exact fixes in place (temporary file and rename), then report what is left.")
    public var fix = false

    @Flag(help: "With --fix: print the fixes as a unified diff and write nothing.")
    public var diff = false

    public init() {}

    public func validate() throws {
        if diff && !fix { throw ValidationError("--diff previews --fix; give both") }
    }
}

extension ReportOptions {
    /// Ends a run that may fix: without `--fix`, as ``finish(_:tool:rules:rulesURL:)``. With it,
    /// the fixes of the findings the rule settings keep are written (``FixWriter``), what they
    /// settled is said on standard error, and the findings left are reported. `--fix --diff`
    /// prints the diff instead, writes nothing, and exits 1 when anything would change.
    public func finish(
        _ result: CheckResult, fixing: FixOptions, tool: ToolDescription, rules: RuleSettings = RuleSettings(), rulesURL: String? = nil
    ) throws {
        guard fixing.fix else {
            return try finish(result.diagnostics, tool: tool, rules: rules, rulesURL: rulesURL)
        }
        // Settings first: a finding set to `off` is not reported, so it is not fixed either.
        let reports = result.reports.map { report in
            FileReport(path: report.path, displayPath: report.displayPath, bytes: report.bytes ?? [], diagnostics: rules.apply(report.diagnostics))
        }
        let (changes, unfixable) = FixWriter.changes(in: reports)
        let fixedCount = changes.reduce(0) { $0 + $1.fixed.count }
        if fixing.diff {
            for change in changes {
                Console.output(UnifiedDiff.make(
                    old: String(decoding: change.old, as: UTF8.self), new: String(decoding: change.new, as: UTF8.self), path: change.displayPath))
            }
            if fixedCount > 0 { Console.error("would fix \(Self.findings(fixedCount)) in \(Self.files(changes.count))") }
            let status = max(ExitStatus.code(for: unfixable, strict: strict), changes.isEmpty ? ExitStatus.clean : ExitStatus.findings)
            if status != ExitStatus.clean { throw ExitCode(status) }
            return
        }
        let (written, problems) = FixWriter.write(changes)
        let settled = Set(written.flatMap(\.fixed))
        if !settled.isEmpty { Console.error("fixed \(Self.findings(settled.count)) in \(Self.files(written.count))") }
        let deferred = written.reduce(0) { $0 + $1.deferred.count }
        if deferred > 0 { Console.error("\(Self.findings(deferred)) overlap a fix just made; run again to fix them") }
        let left = reports.flatMap(\.diagnostics).filter { !settled.contains($0) } + unfixable + problems
        try finish(left.sorted(), tool: tool, rulesURL: rulesURL)
    }

    private static func findings(_ count: Int) -> String { count == 1 ? "1 finding" : "\(count) findings" }
    private static func files(_ count: Int) -> String { count == 1 ? "1 file" : "\(count) files" }
}

import Foundation

import ArgumentParser

extension OutputFormat: ExpressibleByArgument {}

/// How every tool reports: the format, the catalog, and whether warnings fail the run.
public struct ReportOptions: ParsableArguments, Sendable {
    @Option(help: "Output format: text, json, github or sarif.")
    public var format: OutputFormat = .text

    @Flag(help: "Print the tool's rules (id, default severity, summary) and exit.")
    public var listRules = false

    @Flag(help: "Warnings fail the run (exit 1) as errors do.")
    public var strict = false

    @Flag(help: "Print file paths in full, as compilers do in build logs (the build tool plugins pass it).")
    public var absolutePaths = false

    public init() {}

    /// `--list-rules`: prints the catalog and ends the run.
    public func listRulesIfAsked(_ tool: ToolDescription, rulesURL: String? = nil) throws {
        guard listRules else { return }
        Console.output(DiagnosticRenderer.rules(of: tool, as: format, rulesURL: rulesURL ?? BuildTools.documentationURI))
        throw ExitCode(ExitStatus.clean)
    }

    /// Prints the diagnostics in the chosen format, after the configuration's rule settings,
    /// and ends the run with their exit status. `rulesURL` is the configuration's rules page.
    public func finish(_ diagnostics: [Diagnostic], tool: ToolDescription, rules: RuleSettings = RuleSettings(), rulesURL: String? = nil) throws {
        let diagnostics = displayed(rules.apply(diagnostics))
        Console.output(DiagnosticRenderer.render(diagnostics, as: format, tool: tool, rulesURL: rulesURL ?? BuildTools.documentationURI))
        let status = ExitStatus.code(for: diagnostics, strict: strict)
        if status != ExitStatus.clean { throw ExitCode(status) }
    }

    /// The diagnostics with their paths as printed: with `--absolute-paths`, a path relative to
    /// the working directory (the finding's and each note's) becomes absolute, since a build log is
    /// read by tools (Xcode, editors) that do not know the directory the command ran in.
    public func displayed(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard absolutePaths else { return diagnostics }
        return diagnostics.map { diagnostic in
            var copy = diagnostic
            copy.file = ManifestCache.absolute(diagnostic.file)
            copy.notes = diagnostic.notes.map { note in
                var note = note
                note.file = ManifestCache.absolute(note.file)
                return note
            }
            return copy
        }
    }
}

/// One check a tool makes, as it is documented and as it is reported: the value every
/// ``Diagnostic`` names, in the manner of go/analysis' `Analyzer` and SwiftLint's
/// `RuleDescription`. The examples are run by the test suite, so the catalog cannot drift from
/// what the tool does.
public struct Rule: Sendable, Hashable {
    /// What users type (`--list-rules`, the config file) and what every output shows.
    public let id: String
    /// One line: what the rule reports.
    public let summary: String
    /// Why it matters: what goes wrong in real code.
    public let rationale: String
    public let defaultSeverity: Severity
    /// Inputs that must produce at least one finding of this rule.
    public let triggeringExamples: [String]
    /// Inputs that must produce none.
    public let nonTriggeringExamples: [String]

    public init(
        id: String, summary: String, rationale: String, defaultSeverity: Severity = .error,
        triggeringExamples: [String] = [], nonTriggeringExamples: [String] = []
    ) {
        self.id = id
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }

    /// The heading of docs/rules.md that documents the rule: `### <id>` becomes this GitHub anchor.
    public var helpAnchor: String { id }

    /// Where a person reads about the rule.
    public var helpURI: String { helpURI(rulesURL: BuildTools.documentationURI) }

    /// The rule's heading on a rules page published elsewhere (the configuration's `rulesURL`).
    public func helpURI(rulesURL: String) -> String { "\(rulesURL)#\(helpAnchor)" }
}

extension Rule {
    /// Every tool reports these the same way.
    public static let parseError = Rule(
        id: "parse-error", summary: "The file does not parse as Swift.",
        rationale: "A file the parser rejects cannot be analyzed or rewritten safely, so it is reported at its first syntax error and left untouched.",
        triggeringExamples: ["func broken( {\n"], nonTriggeringExamples: ["func fine() {}\n"])

    public static let ioError = Rule(
        id: "io-error", summary: "A file could not be read or written.",
        rationale: "An input that cannot be read is an environment problem, not a finding; the run exits 2.")

    public static let invalidEncoding = Rule(
        id: "invalid-encoding", summary: "The file is not valid UTF-8.",
        rationale: "Swift sources are UTF-8. Decoding anything else would put U+FFFD in place of its bytes, so the file is reported and never rewritten.")

    /// The rules of the shared pipeline, in the order `--list-rules` prints them.
    public static let common: [Rule] = [.parseError, .invalidEncoding, .ioError]
}

import Foundation

/// How diagnostics are printed: for people and editors, for programs, for GitHub Actions, for
/// code-scanning dashboards.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// `path:line:column: error: message [rule]`, what Xcode and editors parse.
    case text
    /// A JSON array of objects with exactly the keys of ``Diagnostic``.
    case json
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`).
    case github
    /// SARIF 2.1.0.
    case sarif
}

/// Identifies the tool in SARIF output.
public struct ToolIdentity: Sendable {
    public var name: String
    public var version: String
    public var informationURI: String

    public init(name: String, version: String, informationURI: String = "https://github.com/swift-buildtools/swift-buildtools") {
        self.name = name
        self.version = version
        self.informationURI = informationURI
    }
}

public enum DiagnosticRenderer {
    /// Renders diagnostics (already in the order they should appear). Text and GitHub output end
    /// with a newline per diagnostic and are empty when there is nothing to say; JSON and SARIF
    /// always produce a document.
    public static func render(_ diagnostics: [Diagnostic], as format: OutputFormat, tool: ToolIdentity) -> String {
        switch format {
        case .text:
            return diagnostics.map { text($0) + "\n" }.joined()
        case .github:
            return diagnostics.map { github($0) + "\n" }.joined()
        case .json:
            return encode(diagnostics) + "\n"
        case .sarif:
            return encode(SARIFLog(diagnostics: diagnostics, tool: tool)) + "\n"
        }
    }

    public static func text(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]"
    }

    /// A workflow command; `%`, CR and LF are escaped in the message, and `,` and `:` too in
    /// properties, as the runner expects.
    public static func github(_ diagnostic: Diagnostic) -> String {
        func escapeData(_ value: String) -> String {
            value.replacingOccurrences(of: "%", with: "%25")
                .replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
        }
        func escapeProperty(_ value: String) -> String {
            escapeData(value).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        let command = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        return "::\(command) file=\(escapeProperty(diagnostic.file)),line=\(diagnostic.line),col=\(diagnostic.column),title=\(escapeProperty(diagnostic.rule))::\(escapeData(diagnostic.message))"
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        // Sorted keys: Foundation on Linux otherwise changes key order from run to run.
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The subset of SARIF 2.1.0 the tools emit: one run, one result per diagnostic.
struct SARIFLog: Encodable {
    let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    let version = "2.1.0"
    let runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    init(diagnostics: [Diagnostic], tool: ToolIdentity) {
        let ruleIDs = Array(Set(diagnostics.map(\.rule))).sorted()
        runs = [
            Run(
                tool: Tool(driver: Driver(
                    name: tool.name, version: tool.version, informationUri: tool.informationURI,
                    rules: ruleIDs.map { Rule(id: $0) })),
                results: diagnostics.map { diagnostic in
                    Result(
                        ruleId: diagnostic.rule,
                        ruleIndex: ruleIDs.firstIndex(of: diagnostic.rule) ?? 0,
                        level: diagnostic.severity.rawValue,
                        message: Message(text: diagnostic.message),
                        locations: [Location(physicalLocation: PhysicalLocation(
                            artifactLocation: ArtifactLocation(uri: diagnostic.file),
                            region: Region(startLine: max(diagnostic.line, 1), startColumn: max(diagnostic.column, 1))))])
                },
                columnKind: "utf16CodeUnits")
        ]
    }

    struct Run: Encodable {
        let tool: Tool
        let results: [Result]
        let columnKind: String
    }
    struct Tool: Encodable { let driver: Driver }
    struct Driver: Encodable {
        let name: String
        let version: String
        let informationUri: String
        let rules: [Rule]
    }
    struct Rule: Encodable { let id: String }
    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Message
        let locations: [Location]
    }
    struct Message: Encodable { let text: String }
    struct Location: Encodable { let physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region
    }
    struct ArtifactLocation: Encodable { let uri: String }
    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int
    }
}

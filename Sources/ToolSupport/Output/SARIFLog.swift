import Foundation

/// The subset of SARIF 2.1.0 the tools emit: one run, the tool's whole rule catalog, one result
/// per diagnostic with its notes as related locations and its fixes as `fixes` (each an
/// `artifactChange` of `replacements`, regions by line and UTF-16 column and by byte). Paths are RFC 3986 URI references
/// relative to `%SRCROOT%`, the working directory, given in `originalUriBaseIds`.
struct SARIFLog: Encodable {
    static let sourceRoot = "%SRCROOT%"

    let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    let version = "2.1.0"
    let runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    init(diagnostics: [Diagnostic], tool: ToolDescription, root: String, rulesURL: String = BuildTools.documentationURI) {
        var rules = tool.rules
        // A rule the catalog lacks still gets an entry, so every ruleIndex points somewhere.
        for id in Set(diagnostics.map(\.rule)).sorted() where tool.rule(id) == nil {
            rules.append(Rule(id: id, summary: id, rationale: id))
        }
        let indexByID = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var positions = FilePositions(root: root)
        func location(_ file: String, _ line: Int, _ column: Int) -> PhysicalLocation {
            PhysicalLocation(file: file, line: line, column: positions.utf16Column(file: file, line: line, utf8Column: column))
        }
        func fix(_ fix: ToolSupport.Fix, in file: String) -> Fix {
            let replacements = fix.edits.map { edit in
                let start = positions.position(file: file, offset: edit.start)
                let end = positions.position(file: file, offset: edit.end)
                return Replacement(
                    deletedRegion: Region(
                        startLine: start?.line, startColumn: start?.utf16Column, endLine: end?.line, endColumn: end?.utf16Column,
                        byteOffset: edit.start, byteLength: edit.end - edit.start),
                    insertedContent: edit.replacement.isEmpty ? nil : ArtifactContent(text: edit.replacement))
            }
            return Fix(
                description: Message(text: fix.message),
                artifactChanges: [ArtifactChange(artifactLocation: ArtifactLocation(file: file), replacements: replacements)])
        }
        let results = diagnostics.map { diagnostic in
            Result(
                ruleId: diagnostic.rule,
                ruleIndex: indexByID[diagnostic.rule] ?? 0,
                level: diagnostic.severity.rawValue,
                message: Message(text: diagnostic.message),
                locations: [Location(id: nil, message: nil, physicalLocation: location(diagnostic.file, diagnostic.line, diagnostic.column))],
                relatedLocations: diagnostic.notes.isEmpty ? nil : diagnostic.notes.enumerated().map { index, note in
                    Location(id: index + 1, message: Message(text: note.message), physicalLocation: location(note.file, note.line, note.column))
                },
                fixes: diagnostic.fixes.isEmpty ? nil : diagnostic.fixes.map { fix($0, in: diagnostic.file) })
        }
        runs = [
            Run(
                tool: Tool(driver: Driver(
                    name: tool.name, version: tool.version, informationUri: BuildTools.informationURI,
                    rules: rules.map { ReportingDescriptor($0, rulesURL: rulesURL) })),
                originalUriBaseIds: [Self.sourceRoot: ArtifactLocation(uri: URIReference.directoryURI(root), uriBaseId: nil)],
                results: results,
                columnKind: "utf16CodeUnits")
        ]
    }

    struct Run: Encodable {
        let tool: Tool
        let originalUriBaseIds: [String: ArtifactLocation]
        let results: [Result]
        let columnKind: String
    }
    struct Tool: Encodable { let driver: Driver }
    struct Driver: Encodable {
        let name: String
        let version: String
        let informationUri: String
        let rules: [ReportingDescriptor]
    }
    struct ReportingDescriptor: Encodable {
        let id: String
        let shortDescription: Message
        let fullDescription: Message
        let helpUri: String
        let defaultConfiguration: Configuration

        init(_ rule: Rule, rulesURL: String) {
            id = rule.id
            shortDescription = Message(text: rule.summary)
            fullDescription = Message(text: rule.rationale)
            helpUri = rule.helpURI(rulesURL: rulesURL)
            defaultConfiguration = Configuration(level: rule.defaultSeverity.rawValue)
        }
    }
    struct Configuration: Encodable { let level: String }
    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Message
        let locations: [Location]
        let relatedLocations: [Location]?
        let fixes: [Fix]?
    }
    struct Fix: Encodable {
        let description: Message
        let artifactChanges: [ArtifactChange]
    }
    struct ArtifactChange: Encodable {
        let artifactLocation: ArtifactLocation
        let replacements: [Replacement]
    }
    struct Replacement: Encodable {
        let deletedRegion: Region
        let insertedContent: ArtifactContent?
    }
    struct ArtifactContent: Encodable { let text: String }
    struct Message: Encodable { let text: String }
    struct Location: Encodable {
        let id: Int?
        let message: Message?
        let physicalLocation: PhysicalLocation
    }
    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region

        /// `column` in UTF-16 code units.
        init(file: String, line: Int, column: Int) {
            artifactLocation = ArtifactLocation(file: file)
            region = Region(startLine: max(line, 1), startColumn: max(column, 1))
        }
    }
    struct ArtifactLocation: Encodable {
        let uri: String
        let uriBaseId: String?

        init(uri: String, uriBaseId: String?) {
            self.uri = uri
            self.uriBaseId = uriBaseId
        }

        /// A diagnostic's path: absolute as a `file:` URI, else relative to `%SRCROOT%`.
        init(file: String) {
            self = file.hasPrefix("/")
                ? ArtifactLocation(uri: URIReference.fileURI(file), uriBaseId: nil)
                : ArtifactLocation(uri: URIReference.percentEncoded(file), uriBaseId: SARIFLog.sourceRoot)
        }
    }
    /// A text region (lines, UTF-16 columns) and, for a fix, the same bytes as a binary region,
    /// which SARIF allows together when they agree.
    struct Region: Encodable {
        var startLine: Int?
        var startColumn: Int?
        var endLine: Int? = nil
        var endColumn: Int? = nil
        var byteOffset: Int? = nil
        var byteLength: Int? = nil
    }
}

/// RFC 3986 URI references for file paths: every byte but the unreserved characters and `/`
/// is percent-encoded (so `A B&C/x y.swift` is `A%20B%26C/x%20y.swift`, and a `:` in a first
/// segment cannot be read as a scheme).
public enum URIReference {
    public static func percentEncoded(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }

    /// The inverse of ``percentEncoded(_:)``.
    public static func decoded(_ reference: String) -> String {
        var bytes: [UInt8] = []
        var utf8 = reference.utf8[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `file:///abs/path` for an absolute path.
    public static func fileURI(_ absolutePath: String) -> String {
        "file://" + percentEncoded(absolutePath)
    }

    /// A directory's `file:` URI, with the trailing slash SARIF requires of a base.
    public static func directoryURI(_ absolutePath: String) -> String {
        fileURI(absolutePath.hasSuffix("/") ? absolutePath : absolutePath + "/")
    }
}

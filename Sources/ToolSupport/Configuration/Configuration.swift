import Foundation

/// `.swift-buildtools.json`: one checked-in file with a section per tool, found in the working
/// directory or its nearest ancestor. Flags on the command line win over it. Any problem in it
/// (malformed JSON, an unknown key, a wrong type, an unknown rule) is a usage error that names
/// the file, line and column; nothing runs.
public struct Configuration: Sendable {
    public static let fileName = ".swift-buildtools.json"

    /// Keys outside the sections, for every tool: `rulesURL` is the rules page that rule links
    /// (SARIF `helpUri`, `--list-rules --format json`) point into, for a team that publishes the
    /// docs elsewhere.
    public static let topLevelKeys = ["$schema", "rulesURL"]

    /// The keys each tool's section may have; the whole file is checked whichever tool reads it.
    public static let sectionKeys: [String: [String]] = [
        "intxcheck": ["paths", "exclude", "profiles", "profileDefinitions", "methods", "allow", "reportUnusedIgnores", "cachePath", "indexStore", "rules"],
        "importsort": ["paths", "exclude", "system", "local", "cachePath", "rules"],
        "apigen": ["inputs", "exclude", "openapi", "docs", "typescript", "swift", "keyStrategy", "verifyRoutes", "indexStore", "cachePath", "rules"],
    ]

    /// The path as given or found.
    public let path: String
    /// The absolute directory relative paths in the file are resolved against.
    public let directory: String
    private let sections: [String: ConfigSection]
    /// The top-level `rulesURL`.
    public let rulesURL: String?

    /// The nearest `.swift-buildtools.json` at or above `directory`.
    public static func find(startingAt directory: String = FileManager.default.currentDirectoryPath) -> String? {
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return DisplayPath.relative(candidate) }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    public static func load(_ path: String) throws(ConfigurationError) -> Configuration {
        let text: String
        switch SourceFile.read(path) {
        case .success(let file): text = file.text
        case .failure(let diagnostic):
            throw ConfigurationError(file: path, position: TextPosition(line: 1, column: 1), message: diagnostic.message)
        }
        let root: JSONValue.Positioned
        do {
            root = try PositionedJSONParser.parse(text)
        } catch {
            throw ConfigurationError(file: path, position: error.position, message: "malformed JSON: \(error.message)")
        }
        guard case .object(let members) = root.value else {
            throw ConfigurationError(file: path, position: root.position, message: "the configuration must be a JSON object")
        }
        let directory = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
        var sections: [String: ConfigSection] = [:]
        var rulesURL: String?
        for member in members where member.key == "rulesURL" {
            guard case .string(let value) = member.value.value, URL(string: value)?.scheme != nil else {
                throw ConfigurationError(file: path, position: member.value.position, message: "'rulesURL' must be an absolute URL string")
            }
            rulesURL = value
        }
        for member in members where !topLevelKeys.contains(member.key) {
            guard let keys = sectionKeys[member.key] else {
                throw ConfigurationError(
                    file: path, position: member.keyPosition,
                    message: "unknown section '\(member.key)'; valid sections: \(sectionKeys.keys.sorted().joined(separator: ", "))")
            }
            sections[member.key] = try ConfigSection.checked(member, named: member.key, keys: keys, file: path, directory: directory)
        }
        return Configuration(path: path, directory: directory, sections: sections, rulesURL: rulesURL)
    }

    /// A tool's section; an empty one when the file has none. It carries the file's top-level
    /// settings too.
    public func section(_ tool: String) -> ConfigSection {
        var section = sections[tool] ?? ConfigSection(tool: tool, file: path, directory: directory, entries: [])
        section.rulesURL = rulesURL
        return section
    }
}

/// A problem in the configuration file, at a place in it.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let position: TextPosition
    public let message: String

    public var description: String { "\(file):\(position.line):\(position.column): error: \(message)" }
}

/// One tool's settings, read with the type each key must have.
public struct ConfigSection: Sendable {
    public let tool: String
    let file: String
    let directory: String
    let entries: [JSONValue.Member]
    /// The configuration's top-level `rulesURL`.
    public internal(set) var rulesURL: String?

    private func entry(_ key: String) -> JSONValue.Member? { entries.first { $0.key == key } }

    private func typeError(_ entry: JSONValue.Member, _ expected: String) -> ConfigurationError {
        ConfigurationError(
            file: file, position: entry.value.position,
            message: "'\(tool).\(entry.key)' must be \(expected), not \(entry.value.value.kindName)")
    }

    public func string(_ key: String) throws(ConfigurationError) -> String? {
        guard let entry = entry(key) else { return nil }
        guard case .string(let value) = entry.value.value else { throw typeError(entry, "a string") }
        return value
    }

    public func has(_ key: String) -> Bool { entry(key) != nil }

    /// `"key": { "name": { … }, … }`: each member as a section of its own (named
    /// `tool.key.name` in messages), its keys checked against `allowedKeys`.
    public func objects(_ key: String, allowedKeys: [String]) throws(ConfigurationError)
        -> [(name: String, position: TextPosition, section: ConfigSection)]
    {
        guard let entry = entry(key) else { return [] }
        guard case .object(let members) = entry.value.value else { throw typeError(entry, "an object") }
        var result: [(String, TextPosition, ConfigSection)] = []
        for member in members {
            let section = try Self.checked(member, named: "\(tool).\(key).\(member.key)", keys: allowedKeys, file: file, directory: directory)
            result.append((member.key, member.keyPosition, section))
        }
        return result
    }

    /// An object member as a section, after checking it is an object with only `keys`.
    static func checked(
        _ member: JSONValue.Member, named name: String, keys: [String], file: String, directory: String
    ) throws(ConfigurationError) -> ConfigSection {
        guard case .object(let entries) = member.value.value else {
            throw ConfigurationError(file: file, position: member.value.position, message: "'\(name)' must be an object")
        }
        for entry in entries where !keys.contains(entry.key) {
            throw ConfigurationError(
                file: file, position: entry.keyPosition,
                message: "unknown key '\(entry.key)' in '\(name)'; valid keys: \(keys.joined(separator: ", "))")
        }
        return ConfigSection(tool: name, file: file, directory: directory, entries: entries)
    }

    /// The raw elements of an array, for values of more than one shape.
    public func elements(_ key: String) throws(ConfigurationError) -> [JSONValue.Positioned]? {
        guard let entry = entry(key) else { return nil }
        guard case .array(let elements) = entry.value.value else { throw typeError(entry, "an array") }
        return elements
    }

    /// An error at a value of this section.
    public func error(at position: TextPosition, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file, position: position, message: message)
    }

    /// A string that must be one of a fixed set of values.
    public func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, of type: Choice.Type) throws(ConfigurationError) -> Choice?
    where Choice.RawValue == String {
        guard let entry = entry(key), let text = try string(key) else { return nil }
        guard let value = Choice(rawValue: text) else {
            throw ConfigurationError(
                file: file, position: entry.value.position,
                message: "'\(tool).\(key)' must be one of \(Choice.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
        }
        return value
    }

    public func bool(_ key: String) throws(ConfigurationError) -> Bool? {
        guard let entry = entry(key) else { return nil }
        guard case .bool(let value) = entry.value.value else { throw typeError(entry, "true or false") }
        return value
    }

    public func strings(_ key: String) throws(ConfigurationError) -> [String]? {
        guard let entry = entry(key) else { return nil }
        guard case .array(let elements) = entry.value.value else { throw typeError(entry, "an array of strings") }
        var values: [String] = []
        for element in elements {
            guard case .string(let value) = element.value else {
                throw ConfigurationError(
                    file: file, position: element.position,
                    message: "'\(tool).\(entry.key)' must be an array of strings, not hold \(element.value.kindName)")
            }
            values.append(value)
        }
        return values
    }

    /// An array of strings each of which must be one of `allowed` (`what` names them in the message).
    public func strings(_ key: String, allowed: [String], what: String) throws(ConfigurationError) -> [String]? {
        guard let values = try strings(key), let entry = entry(key), case .array(let elements) = entry.value.value else { return nil }
        for (value, element) in zip(values, elements) where !allowed.contains(value) {
            throw ConfigurationError(
                file: file, position: element.position, message: "unknown \(what) '\(value)'; valid: \(allowed.joined(separator: ", "))")
        }
        return values
    }

    /// A path in the file is relative to the file's directory; it comes back as the user would
    /// type it from the working directory.
    public func path(_ key: String) throws(ConfigurationError) -> String? {
        try string(key).map(resolve)
    }

    public func paths(_ key: String) throws(ConfigurationError) -> [String]? {
        try strings(key)?.map(resolve)
    }

    private func resolve(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        let absolute = URL(fileURLWithPath: directory).appendingPathComponent(path).standardizedFileURL.path
        let relative = DisplayPath.relative(absolute)
        return relative.isEmpty ? "." : relative
    }

    /// `"rules": { "rule-id": "error" | "warning" | "off" }`, checked against the tool's catalog.
    public func ruleSettings(for tool: ToolDescription) throws(ConfigurationError) -> RuleSettings {
        guard let entry = entry("rules") else { return RuleSettings() }
        guard case .object(let members) = entry.value.value else { throw typeError(entry, "an object of rule ids to error, warning or off") }
        var settings = RuleSettings()
        for member in members {
            guard tool.rule(member.key) != nil else {
                throw ConfigurationError(
                    file: file, position: member.keyPosition,
                    message: "unknown rule '\(member.key)' for \(tool.name); valid rules: \(tool.rules.map(\.id).joined(separator: ", "))")
            }
            guard case .string(let text) = member.value.value, let setting = RuleSetting(rawValue: text) else {
                throw ConfigurationError(
                    file: file, position: member.value.position, message: "rule '\(member.key)' must be set to error, warning or off")
            }
            settings.overrides[member.key] = setting
        }
        return settings
    }
}

public enum RuleSetting: String, Sendable {
    case error, warning, off
}

/// Per-rule severities chosen in the configuration. `io-error` cannot be turned off: a file that
/// was not read was not checked.
public struct RuleSettings: Sendable {
    public var overrides: [String: RuleSetting] = [:]

    public init() {}

    public func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !overrides.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            guard diagnostic.rule != Rule.ioError.id, let setting = overrides[diagnostic.rule] else { return diagnostic }
            var changed = diagnostic
            switch setting {
            case .off: return nil
            case .warning: changed.severity = .warning
            case .error: changed.severity = .error
            }
            return changed
        }
    }
}

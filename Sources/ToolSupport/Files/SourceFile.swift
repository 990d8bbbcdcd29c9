import Foundation

import SwiftParser
import SwiftSyntax

/// A file's text, read once and known to be UTF-8.
public struct SourceFile: Sendable {
    /// The path to open and write.
    public let path: String
    /// The path as diagnostics show it: relative to the working directory when below it.
    public let displayPath: String
    public let bytes: [UInt8]
    public let text: String

    public init(path: String, displayPath: String, bytes: [UInt8], text: String) {
        self.path = path
        self.displayPath = displayPath
        self.bytes = bytes
        self.text = text
    }

    /// Reads a file; an unreadable file is an `io-error`, one that is not UTF-8 an
    /// `invalid-encoding` finding. Nothing is ever decoded with replacement characters.
    public static func read(_ path: String, displayPath: String? = nil) -> Result<SourceFile, Diagnostic> {
        let display = displayPath ?? DisplayPath.relative(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.atFileStart(.ioError, file: display, message: "cannot read file"))
        }
        return decode([UInt8](data), path: path, displayPath: display)
    }

    /// Checks and decodes bytes that came from somewhere else (standard input).
    public static func decode(_ bytes: [UInt8], path: String, displayPath: String) -> Result<SourceFile, Diagnostic> {
        let text = String(decoding: bytes, as: UTF8.self)
        // Decoding repairs bad bytes with U+FFFD; only a text that holds one needs the exact check.
        if text.utf8.count != bytes.count || text.containsReplacementCharacter,
            let offset = UTF8Validation.firstInvalidOffset(in: bytes)
        {
            let (line, column) = UTF8Validation.lineAndColumn(of: offset, in: bytes)
            return .failure(.atFileStart(
                .invalidEncoding, file: displayPath,
                message: String(format: "not valid UTF-8 (byte 0x%02X at line %d, column %d); the file is left untouched", bytes[offset], line, column)))
        }
        return .success(SourceFile(path: path, displayPath: displayPath, bytes: bytes, text: text))
    }
}

extension String {
    fileprivate var containsReplacementCharacter: Bool {
        let utf8 = self.utf8
        var index = utf8.startIndex
        while let found = utf8[index...].firstIndex(of: 0xEF) {
            let next = utf8.index(after: found)
            if next < utf8.endIndex, utf8[next] == 0xBF {
                let third = utf8.index(after: next)
                if third < utf8.endIndex, utf8[third] == 0xBD { return true }
            }
            index = next
        }
        return false
    }
}

enum UTF8Validation {
    /// The offset of the first byte that does not start or continue a valid scalar.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// 1-based line and byte column of an offset.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}

/// What a rule sees of one file, in the manner of swift-format's `Context`: the file, its
/// syntax tree, and a location converter made only when a finding needs one.
public final class FileContext: @unchecked Sendable {
    public let file: SourceFile
    public let tree: SourceFileSyntax
    public private(set) lazy var converter = SourceLocationConverter(fileName: file.displayPath, tree: tree)

    public init(file: SourceFile, tree: SourceFileSyntax) {
        self.file = file
        self.tree = tree
    }

    /// Parses the file; a file that does not parse gives its `parse-error` instead.
    public static func parse(_ file: SourceFile) -> Result<FileContext, Diagnostic> {
        let tree = Parser.parse(source: file.text)
        if let error = ParseCheck.firstError(in: tree, file: file.displayPath) { return .failure(error) }
        return .success(FileContext(file: file, tree: tree))
    }

    /// The UTF-8 check, then the parse: a file that fails either gives its diagnostic.
    public static func parse(bytes: [UInt8], path: String, displayPath: String) -> Result<FileContext, Diagnostic> {
        SourceFile.decode(bytes, path: path, displayPath: displayPath).flatMap(parse)
    }

    public var displayPath: String { file.displayPath }

    /// A diagnostic at a position of this file.
    public func diagnostic(
        _ rule: Rule, at position: AbsolutePosition, message: String, severity: Severity? = nil, notes: [DiagnosticNote] = []
    ) -> Diagnostic {
        let location = converter.location(for: position)
        return Diagnostic(
            rule: rule, file: file.displayPath, line: location.line, column: location.column, message: message,
            severity: severity, notes: notes)
    }
}

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

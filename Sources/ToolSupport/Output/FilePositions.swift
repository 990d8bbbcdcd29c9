import Foundation

/// Positions the renderer needs but diagnostics do not carry: SARIF columns, which count UTF-16
/// code units (the log's `columnKind: utf16CodeUnits`, what code-scanning viewers expect), from a
/// diagnostic's column, which counts UTF-8 bytes as swiftc and the text output do; and the line
/// and columns of a fix's byte offsets. The renderer has no file contents, so each file that needs
/// one is read once more; a file or line no longer there keeps its byte column, and an offset past
/// its end has no position.
struct FilePositions {
    /// What relative paths are relative to.
    let root: String
    /// Each file read so far, with the byte offset where each of its lines starts.
    private var files: [String: (bytes: [UInt8], lineStarts: [Int])?] = [:]

    init(root: String) {
        self.root = root
    }

    /// The UTF-16 column of a position given with a UTF-8 column.
    mutating func utf16Column(file: String, line: Int, utf8Column: Int) -> Int {
        guard utf8Column > 1, line >= 1 else { return utf8Column }
        guard let read = contents(of: file), line <= read.lineStarts.count else { return utf8Column }
        let start = read.lineStarts[line - 1]
        let end = min(start + utf8Column - 1, read.bytes.count)
        return Self.utf16Count(read.bytes[start..<end]) + 1
    }

    /// The line and both columns of a byte offset; nil when the file is gone or shorter.
    mutating func position(file: String, offset: Int) -> (line: Int, utf8Column: Int, utf16Column: Int)? {
        guard offset >= 0, let read = contents(of: file), offset <= read.bytes.count else { return nil }
        // The last line start at or before the offset.
        var low = 0
        var high = read.lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if read.lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = read.lineStarts[low]
        return (low + 1, offset - start + 1, Self.utf16Count(read.bytes[start..<offset]) + 1)
    }

    private mutating func contents(of file: String) -> (bytes: [UInt8], lineStarts: [Int])? {
        if files[file] == nil {
            let path = file.hasPrefix("/") ? file : (root as NSString).appendingPathComponent(file)
            files[file] = .some(FileManager.default.contents(atPath: path).map { data in
                let bytes = [UInt8](data)
                return (bytes, Self.lineStarts(bytes))
            })
        }
        return files[file] ?? nil
    }

    /// Lines end at LF, CRLF or a lone CR, as swift-syntax counts them.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { starts.append(index) }
        }
        return starts
    }

    /// UTF-16 code units of UTF-8 bytes: one per scalar of up to three bytes, two per four-byte
    /// scalar (outside the Basic Multilingual Plane). Continuation bytes count nothing.
    static func utf16Count(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { count, byte in
            switch byte {
            case 0x80..<0xC0: count
            case 0xF0...: count + 2
            default: count + 1
            }
        }
    }
}

import Foundation
import Testing

import ToolSupport

@Suite struct SourceFileTests {
    @Test func validUTF8IsDecodedAsIs() throws {
        let text = "let café = \"ファイル\" // \u{FFFD} is a real character here\n"
        let file = try SourceFile.decode(Array(text.utf8), path: "a.swift", displayPath: "a.swift").get()
        #expect(file.text == text)
    }

    @Test func invalidUTF8IsReportedWhereItIs() throws {
        var bytes = Array("let a = 1\nlet b = \"".utf8)
        bytes.append(0xE9)  // Latin-1 é
        bytes += Array("\"\n".utf8)
        guard case .failure(let diagnostic) = SourceFile.decode(bytes, path: "a.swift", displayPath: "a.swift") else {
            Issue.record("expected invalid-encoding")
            return
        }
        #expect(diagnostic.rule == "invalid-encoding" && diagnostic.line == 1 && diagnostic.column == 1)
        #expect(diagnostic.message == "not valid UTF-8 (byte 0xE9 at line 2, column 10); the file is left untouched")
    }

    @Test func truncatedSequenceAtTheEndIsInvalid() {
        let bytes = Array("let x = 1 // ".utf8) + [0xE3, 0x83]
        guard case .failure = SourceFile.decode(bytes, path: "a", displayPath: "a") else {
            Issue.record("a truncated sequence must be rejected")
            return
        }
    }
}

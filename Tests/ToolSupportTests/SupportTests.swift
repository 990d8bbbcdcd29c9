import Foundation
import Testing

import ToolSupport

@Suite struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        var streamed = SHA256()
        streamed.update(Array(long[0..<10]))
        streamed.update(Array(long[10...]))
        #expect(streamed.finalizeHex() == SHA256.hex(long))
    }
}

@Suite struct UnifiedDiffTests {
    @Test func showsChangedLinesWithContext() {
        let diff = UnifiedDiff.make(old: "a\nb\nc\n", new: "a\nx\nc\n", path: "f.swift")
        #expect(diff == "--- a/f.swift\n+++ b/f.swift\n@@ -1,3 +1,3 @@\n a\n-b\n+x\n c\n")
        #expect(UnifiedDiff.make(old: "same\n", new: "same\n", path: "f").isEmpty)
    }
}

@Suite struct AtomicFileTests {
    @Test func replacesContentAndKeepsPermissions() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString).swift")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("old".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
        try AtomicFile.write(Data("new".utf8), to: url.path)
        #expect(try String(contentsOf: url, encoding: .utf8) == "new")
        let permissions = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(".\(url.lastPathComponent)") }
        #expect(leftovers.isEmpty)
    }
}

import Foundation
import Testing

import IntxCheckKit
import ToolSupport

/// Stamps (size and modification time) let a warm run skip reading and hashing unchanged files.
/// A stamp is trusted only for a file modified well before the stamp was taken; a file edited
/// since, or in the same moment, is read again.
@Suite struct FileStampTests {
    static let transaction = """
        let store = Store()

        func save() throws {
            try store.inTx { tx in
                try record()
            }
        }

        """
    /// The helper uses the store; its same-size twin does not.
    static let usingHelper = "func record() throws { try store.insert(1) }\n"
    static let quietHelper = "func record() throws { print(\"abcdefghij\") }\n"

    struct Scratch {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stamps-\(UUID().uuidString)")
        var transaction: String { directory.appendingPathComponent("Save.swift").path }
        var helper: String { directory.appendingPathComponent("Record.swift").path }
        var cachePath: String { directory.appendingPathComponent("cache.sqlite").path }

        init() throws {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(FileStampTests.transaction.utf8).write(to: URL(fileURLWithPath: transaction))
        }

        /// Writes the helper and sets its modification time.
        func writeHelper(_ source: String, modified: Date) throws {
            try Data(source.utf8).write(to: URL(fileURLWithPath: helper))
            try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: helper)
        }

        func findings() -> Int {
            IntxCheckRunner(options: IntxCheckOptions()).check(files: [transaction, helper], cache: ResultCache(path: cachePath) { _ in })
                .diagnostics.count
        }
    }

    @Test func sizesAndTimesDecideWhatIsReadAgain() throws {
        #expect(Self.usingHelper.utf8.count == Self.quietHelper.utf8.count)
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.directory) }
        let anHourAgo = Date().addingTimeInterval(-3_600)
        try scratch.writeHelper(Self.usingHelper, modified: anHourAgo)
        #expect(scratch.findings() == 1)
        // Same size and time: the stamp vouches for the old content and the file is not read
        // (the trade-off every stamp-based tool makes, git's index included).
        try scratch.writeHelper(Self.quietHelper, modified: anHourAgo)
        #expect(scratch.findings() == 1)
        // A new modification time: read again, and the helper no longer uses the store.
        try scratch.writeHelper(Self.quietHelper, modified: anHourAgo.addingTimeInterval(60))
        #expect(scratch.findings() == 0)
    }

    @Test func aStampTakenRightAfterAnEditIsNotTrusted() throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.directory) }
        let now = Date()
        try scratch.writeHelper(Self.usingHelper, modified: now)
        #expect(scratch.findings() == 1)
        // Edited within the same clock tick as the stamp: same size and time, yet read again.
        try scratch.writeHelper(Self.quietHelper, modified: now)
        #expect(scratch.findings() == 0)
    }
}

import Foundation
import Testing

import TestSupport
import ToolSupport

/// Fixes are written as `go vet -fix` writes them: atomically, only into a file that still holds
/// the bytes they were computed from, never into a file they would break, and once: the fixed
/// file has nothing left to fix.
@Suite struct FixWriterTests {
    static let rule = Rule(id: "outer-store-in-tx", summary: "Outer store used.", rationale: "It escapes.")

    /// A finding that replaces the first `word` at or after `from` in `source` with `replacement`.
    static func finding(_ source: String, _ word: String, _ replacement: String, from: Int = 0, file: String = "A.swift") -> Diagnostic {
        let bytes = Array(source.utf8)
        let needle = Array(word.utf8)
        let start = (from...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle }!
        return Diagnostic(
            rule: rule, file: file, line: 1, column: start + 1, message: "use \(replacement)",
            fixes: [Fix(message: "replace '\(word)' with '\(replacement)'", edits: [TextEdit(start: start, end: start + needle.count, replacement: replacement)])])
    }

    static func report(_ root: URL, _ name: String, _ source: String, _ diagnostics: [Diagnostic]) -> FileReport {
        FileReport(path: root.appendingPathComponent(name).path, displayPath: name, bytes: Array(source.utf8), diagnostics: diagnostics)
    }

    @Test func writesEveryFixAndIsThenDone() throws {
        let source = "store.inTx { tx in store.save(); store.load() }\n"
        let root = try Fixtures.scratch(["A.swift": source])
        defer { try? FileManager.default.removeItem(at: root) }
        let findings = [Self.finding(source, "store", "tx", from: 10), Self.finding(source, "store", "tx", from: 25)]
        let (changes, unfixable) = FixWriter.changes(in: [Self.report(root, "A.swift", source, findings)])
        #expect(unfixable.isEmpty && changes.count == 1 && changes[0].fixed.count == 2)
        let (written, problems) = FixWriter.write(changes)
        #expect(problems.isEmpty && written.count == 1)
        let fixed = try String(contentsOf: root.appendingPathComponent("A.swift"), encoding: .utf8)
        #expect(fixed == "store.inTx { tx in tx.save(); tx.load() }\n")
        // Nothing left: a report without findings plans no change.
        #expect(FixWriter.changes(in: [Self.report(root, "A.swift", fixed, [])]).changes.isEmpty)
    }

    @Test func aFileChangedSinceItWasReadIsNotWritten() throws {
        let source = "store.inTx { tx in store.save() }\n"
        let root = try Fixtures.scratch(["A.swift": source])
        defer { try? FileManager.default.removeItem(at: root) }
        let (changes, _) = FixWriter.changes(in: [Self.report(root, "A.swift", source, [Self.finding(source, "store", "tx", from: 10)])])
        // Someone saves the file between the read and the write.
        let edited = "store.inTx { tx in store.save() } // edited\n"
        try Data(edited.utf8).write(to: root.appendingPathComponent("A.swift"))
        let (written, problems) = FixWriter.write(changes)
        #expect(written.isEmpty)
        #expect(problems.map(\.rule) == ["io-error"] && problems[0].message.contains("changed since it was read"))
        #expect(try String(contentsOf: root.appendingPathComponent("A.swift"), encoding: .utf8) == edited)
    }

    @Test func overlappingFixesWaitForTheNextRun() throws {
        let source = "let a = store.db\n"
        let whole = Self.finding(source, "store.db", "tx")
        let part = Self.finding(source, "store", "other")
        let plan = FixPlan([part, whole])
        #expect(plan.applied.count == 1 && plan.deferred.count == 1)
        #expect(String(decoding: plan.apply(to: Array(source.utf8)), as: UTF8.self) == "let a = other.db\n")
    }

    @Test func aFixThatWouldBreakTheFileIsRefused() throws {
        let source = "func f() { store.save() }\n"
        let root = try Fixtures.scratch(["A.swift": source])
        defer { try? FileManager.default.removeItem(at: root) }
        let breaking = Self.finding(source, "store", "(((")
        let (changes, unfixable) = FixWriter.changes(in: [Self.report(root, "A.swift", source, [breaking])])
        #expect(changes.isEmpty)
        #expect(unfixable.count == 1 && unfixable[0].message.contains("would not parse"))
        #expect(try String(contentsOf: root.appendingPathComponent("A.swift"), encoding: .utf8) == source)
    }
}

import Foundation
import Testing

import IntxCheckKit
import TestSupport
import ToolSupport

/// intxcheck's fixtures under `testdata/intxcheck`, run by the shared `// want` harness. A first
/// `// intxcheck-flags: …` line sets options.
enum IntxCheckFixtures {
    static let directory = Fixtures.testdata.appendingPathComponent("intxcheck")

    static var names: [String] { Fixtures.names(in: "intxcheck").filter { $0.hasSuffix(".swift") } }

    /// The options a fixture asks for, as the command line would set them.
    static func options(in source: String) throws -> IntxCheckOptions {
        var options = IntxCheckOptions()
        var methods: [String] = []
        var words = Fixtures.flags(in: source, tool: "intxcheck")[...]
        while let word = words.popFirst() {
            switch word {
            case "--method":
                guard let method = words.popFirst() else { throw FixtureError(message: "--method needs a name") }
                methods.append(method)
            case "--report-unused-ignores":
                options.reportUnusedIgnores = true
            default:
                throw FixtureError(message: "unknown flag \(word)")
            }
        }
        if !methods.isEmpty { options.methods = methods }
        return options
    }

    /// Runs source through the analyzer and the harness; empty means every expectation held.
    static func mismatches(source: String, file: String) throws -> [String] {
        let diagnostics = IntxCheck.analyze(source: source, file: file, options: try options(in: source))
        return WantHarness.mismatches(diagnostics, against: WantHarness.expectations(in: source), file: file)
    }

    struct FixtureError: Error { let message: String }
}

@Suite struct IntxCheckFixtureTests {
    @Test func fixturesExist() {
        #expect(IntxCheckFixtures.names.count >= 10)
    }

    @Test(arguments: IntxCheckFixtures.names)
    func fixture(_ name: String) throws {
        let source = try Fixtures.read(IntxCheckFixtures.directory.appendingPathComponent(name))
        let problems = try IntxCheckFixtures.mismatches(source: source, file: name)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// The harness itself must be able to fail: a missing finding, an unexpected one and a wrong
    /// pinned column are all reported by the matcher.
    @Test func harnessReportsMismatches() throws {
        #expect(WantHarness.wants(inComment: #"// want "a\"b" "c""#).map(\.pattern) == [#"a"b"#, "c"])
        #expect(WantHarness.wants(inComment: #"// want:13 "x""#).map(\.column) == [13])
        let source = """
            func f(store: Store) throws {
                try store.inTx { tx in
                    try store.insert(1)
                    try tx.insert(2) // want "never produced"
                }
            }
            """
        let problems = try IntxCheckFixtures.mismatches(source: source, file: "inline.swift")
        #expect(problems.count == 2, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("inline.swift:3:13: unexpected diagnostic: outer store 'store' used") })
        #expect(problems.contains { $0 == "inline.swift:4: no diagnostic matching \"never produced\"" })

        let pinned = source.replacingOccurrences(of: "try store.insert(1)", with: "try store.insert(1) // want:9 \"outer store\"")
            .replacingOccurrences(of: " // want \"never produced\"", with: "")
        let wrongColumn = try IntxCheckFixtures.mismatches(source: pinned, file: "pinned.swift")
        #expect(wrongColumn.count == 2, "a finding at column 13 does not meet an expectation pinned at column 9: \(wrongColumn)")
        let rightColumn = try IntxCheckFixtures.mismatches(source: pinned.replacingOccurrences(of: "want:9", with: "want:13"), file: "pinned.swift")
        #expect(rightColumn.isEmpty, "\(rightColumn)")
    }

    /// A helper's store use is a related location, not only text in the message.
    @Test func helperFindingsCarryTheUseAsANote() throws {
        let source = try Fixtures.read(IntxCheckFixtures.directory.appendingPathComponent("helpers.swift"))
        let diagnostics = IntxCheck.analyze(source: source, file: "helpers.swift")
        let helper = try #require(diagnostics.first { $0.message.hasPrefix("'logTransfer()'") })
        #expect(helper.notes.map { "\($0.file):\($0.line)" } == ["helpers.swift:32"])
        #expect(helper.notes.first?.message == "'store' used here, reached from 'logTransfer()'")
    }
}

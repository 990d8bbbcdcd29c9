import Foundation
import Testing

import IntxCheckKit
import TestSupport
import ToolSupport

/// intxcheck's fixtures under `testdata/intxcheck`, run by the shared `// want` harness. A first
/// `// intxcheck-flags: …` line sets options.
enum IntxCheckFixtures {
    static let directory = Fixtures.testdata.appendingPathComponent("intxcheck")

    /// Fixture paths relative to `testdata/intxcheck`, the per-profile ones under `profiles/`.
    static var names: [String] {
        Fixtures.names(in: "intxcheck").filter { $0.hasSuffix(".swift") }
            + Fixtures.names(in: "intxcheck/profiles").filter { $0.hasSuffix(".swift") }.map { "profiles/" + $0 }
    }

    /// The options a fixture asks for, as the command line would set them.
    static func options(in source: String) throws -> IntxCheckOptions {
        var reportUnusedIgnores = false
        var profiles: [LibraryProfile] = []
        var methods: [String] = []
        var allowed: [String] = []
        var words = Fixtures.flags(in: source, tool: "intxcheck")[...]
        func value(of flag: String) throws -> String {
            guard let value = words.popFirst() else { throw FixtureError(message: "\(flag) needs a value") }
            return value
        }
        while let word = words.popFirst() {
            switch word {
            case "--method": methods.append(try value(of: word))
            case "--allow": allowed.append(try value(of: word))
            case "--profile":
                let name = try value(of: word)
                guard let profile = LibraryProfile.builtIn(named: name) else { throw FixtureError(message: "unknown profile \(name)") }
                profiles.append(profile)
            case "--report-unused-ignores": reportUnusedIgnores = true
            default: throw FixtureError(message: "unknown flag \(word)")
            }
        }
        if profiles.isEmpty && methods.isEmpty { profiles = [.conventional] }
        let flags = LibraryProfile(name: "flags", transactionMethods: methods.map { .init($0) }, safeMembers: allowed)
        return IntxCheckOptions(profile: .merged(profiles + [flags], name: "fixture"), reportUnusedIgnores: reportUnusedIgnores)
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

/// Facts stated at their declarations (`testdata/intxcheck/facts`), as analysistest's
/// `// want name:"fact"`: each pattern must match the declaration's facts in words.
@Suite struct IntxCheckFactTests {
    static let directory = IntxCheckFixtures.directory.appendingPathComponent("facts")
    static var names: [String] { Fixtures.names(in: "intxcheck/facts").filter { $0.hasSuffix(".swift") } }

    @Test func factFixturesExist() {
        #expect(!Self.names.isEmpty)
    }

    @Test(arguments: names)
    func facts(_ name: String) throws {
        let source = try Fixtures.read(Self.directory.appendingPathComponent(name))
        let expectations = WantHarness.factExpectations(in: source)
        #expect(!expectations.isEmpty)
        let facts = IntxCheck.factDescriptions(source: source, file: name)
        for expectation in expectations {
            let described = facts[expectation.line] ?? "(no function declared on this line)"
            let regex = try Regex(expectation.pattern)
            #expect(described.firstMatch(of: regex) != nil, "\(name):\(expectation.line): facts '\(described)' do not match \"\(expectation.pattern)\"")
        }
    }

    /// The check can fail: a pattern the facts do not say is reported.
    @Test func aWrongFactIsReported() throws {
        let source = "func f(_ db: Database? = nil) { // want fact:\"reads nothing\"\n    _ = db\n}\n"
        let expectations = WantHarness.factExpectations(in: source)
        #expect(expectations.map(\.pattern) == ["reads nothing"])
        let facts = IntxCheck.factDescriptions(source: source, file: "f.swift")
        #expect(facts[1]?.firstMatch(of: try Regex("reads nothing")) == nil)
    }
}

import Foundation
import Testing

import IndexStore
import IntxCheckKit
import TestSupport
import ToolSupport

/// `--index-store`: the fixture package `testdata/intxcheck/index/Shop` (three targets, no
/// dependencies), copied and built once with `swift build` (``IndexFixture``), is checked with
/// its index (the `// want` expectations) and without it (today's answers: a line's
/// `// without-index: want "…"` or `// without-index: none` where they differ).
@Suite struct IndexStoreTests {
    struct BuiltFixture: Sendable {
        let files: [String]
        let program: IndexedProgram
    }

    /// The built fixture with its index opened, once per test process.
    static let built: Result<BuiltFixture, IndexFixture.BuildFailure> = IndexFixture.shop.flatMap { built in
        do {
            let program = try IndexedProgram(storePath: built.storePath)
            let files = try FileDiscovery().swiftFiles(in: [built.directory.appendingPathComponent("Sources").path])
            return .success(BuiltFixture(files: files, program: program))
        } catch {
            return .failure(IndexFixture.BuildFailure(description: "\(error)"))
        }
    }

    /// The fixture's profile: `inTx` on `Store` only, so the receiver's type matters.
    static let options = IntxCheckOptions(profile: LibraryProfile(name: "shop", transactionMethods: [.init("inTx")], storeTypes: ["Store"]))

    static func check(_ fixture: BuiltFixture, index: IndexedProgram?, cache: ResultCache? = nil) -> CheckResult {
        var runner = IntxCheckRunner(options: options)
        runner.index = index
        return runner.check(files: fixture.files, cache: cache)
    }

    static func problems(_ result: CheckResult, in fixture: BuiltFixture, withIndex: Bool) throws -> [String] {
        try fixture.files.flatMap { path -> [String] in
            let source = try Fixtures.read(URL(fileURLWithPath: path))
            let report = try #require(result.reports.first { $0.path == path })
            let expected = withIndex ? WantHarness.expectations(in: source) : Self.expectationsWithoutIndex(in: source)
            return WantHarness.mismatches(report.diagnostics, against: expected, file: report.displayPath)
        }
    }

    /// A line's `// without-index:` part replaces its `// want` for the run without an index.
    static func expectationsWithoutIndex(in source: String) -> [WantHarness.Expectation] {
        let marker = "// without-index:"
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let replaced = Set(lines.indices.filter { lines[$0].contains(marker) }.map { $0 + 1 })
        let kept = WantHarness.expectations(in: source).filter { !replaced.contains($0.line) }
        let added = lines.indices.flatMap { index -> [WantHarness.Expectation] in
            guard let range = lines[index].range(of: marker) else { return [] }
            return WantHarness.wants(inComment: "// " + lines[index][range.upperBound...].drop { $0 == " " })
                .map { WantHarness.Expectation(line: index + 1, column: $0.column, pattern: $0.pattern) }
        }
        return kept + added
    }

    @Test func everyQuestionHasItsExactAnswerWithTheIndex() throws {
        let fixture = try Self.built.get()
        let problems = try Self.problems(Self.check(fixture, index: fixture.program), in: fixture, withIndex: true)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(fixture.program.staleFiles.isEmpty)
    }

    @Test func withoutTheIndexTheAnswersAreTodays() throws {
        let fixture = try Self.built.get()
        let problems = try Self.problems(Self.check(fixture, index: nil), in: fixture, withIndex: false)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// The fixture's two modes differ on every question, so neither test above passes by accident.
    @Test func theModesDifferOnEveryFile() throws {
        let fixture = try Self.built.get()
        for path in fixture.files where path.contains("/Shop/Sources/Shop/") {
            let source = try Fixtures.read(URL(fileURLWithPath: path))
            #expect(Self.expectationsWithoutIndex(in: source) != WantHarness.expectations(in: source), "\(path)")
        }
    }

    /// The index's answers are cached under a key of their own: a cached run without the index
    /// after one with it gives today's answers, not the index's.
    @Test func theIndexIsPartOfTheResultKey() throws {
        let fixture = try Self.built.get()
        let directory = try Fixtures.scratch(prefix: "intxcheck-index-cache")
        let cache = try #require(ResultCache(path: directory.appendingPathComponent("cache.sqlite").path, warn: { _ in }))
        let withIndex = Self.check(fixture, index: fixture.program, cache: cache)
        let withoutIndex = Self.check(fixture, index: nil, cache: cache)
        #expect(withIndex.diagnostics != withoutIndex.diagnostics)
        #expect(Self.check(fixture, index: fixture.program, cache: cache).diagnostics == withIndex.diagnostics)
        #expect(try Self.problems(withoutIndex, in: fixture, withIndex: false).isEmpty)
    }

    /// A source file edited after the build: its calls fall back to the syntactic answers, the
    /// store says so once, and the index's digest changes.
    @Test func aStaleFileFallsBackToSyntax() throws {
        let fixture = try Self.built.get()
        let edited = try #require(fixture.files.first { $0.hasSuffix("Receivers.swift") })
        let original = try #require(try FileManager.default.attributesOfItem(atPath: edited)[.modificationDate] as? Date)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(3600)], ofItemAtPath: edited)
        let program = try IndexedProgram(storePath: fixture.program.storePath)
        try FileManager.default.setAttributes([.modificationDate: original], ofItemAtPath: edited)
        #expect(program.staleFiles.map { URL(fileURLWithPath: $0).lastPathComponent } == ["Receivers.swift"])
        // No unit changed, but one stopped answering: results cached under the old key must miss
        // (the edited file may be another target's, which no module digest covers).
        #expect(program.digest != fixture.program.digest)
        let note = try #require(program.staleNote)
        #expect(note.contains("Receivers.swift") && note.hasPrefix("note: "))
        let result = Self.check(fixture, index: program)
        let report = try #require(result.reports.first { $0.path == edited })
        let source = try Fixtures.read(URL(fileURLWithPath: edited))
        let problems = WantHarness.mismatches(report.diagnostics, against: Self.expectationsWithoutIndex(in: source), file: edited)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// A method declared outside the package (a library's store type) is known by its USR alone.
    @Test func theOwnerTypeIsReadFromAUSR() {
        #expect(IndexSymbol.ownerType(ofUSR: "s:7Storage5StoreC4inTxyyyAA0D0VKXEKF") == "Store")
        #expect(IndexSymbol.ownerType(ofUSR: "s:4Shop9ModeratedPAAE13logModeration2ony7Storage3AppC_tF") == "Moderated")
        #expect(IndexSymbol.ownerType(ofUSR: "s:4Shop6MirrorV4syncyy7Storage3AppCF") == "Mirror")
        #expect(IndexSymbol.ownerType(ofUSR: "s:5Audit7archive_4notey7Storage3AppC_SStF") == nil, "a free function")
        #expect(IndexSymbol.ownerType(ofUSR: "c:@F@sqlite3_exec") == nil, "a C function")
    }

    @Test func aMissingStoreOrLibraryIsAClearError() {
        #expect(throws: (any Error).self) { try IndexedProgram(storePath: "/nonexistent/index/store") }
        do {
            _ = try IndexedProgram(storePath: FileManager.default.temporaryDirectory.path, libraryPath: "/nonexistent/libIndexStore.so")
            Issue.record("a missing library must fail")
        } catch {
            #expect("\(error)".contains("/nonexistent/libIndexStore.so"))
        }
    }
}

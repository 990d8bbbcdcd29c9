import Foundation
import Testing

import IntxCheckKit
import TestSupport
import ToolSupport

/// The module pass: each directory of `testdata/intxcheck/modules` is one module, checked in one
/// run, with `// want` expectations in every file.
@Suite struct ModuleFixtureTests {
    static let directory = IntxCheckFixtures.directory.appendingPathComponent("modules")

    static var modules: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    @Test func modulesExist() {
        #expect(Self.modules.count >= 4)
    }

    @Test(arguments: modules)
    func module(_ name: String) throws {
        let files = try FileDiscovery().swiftFiles(in: [Self.directory.appendingPathComponent(name).path])
        #expect(files.count >= 2, "a module fixture has several files")
        let sources = try files.map { try Fixtures.read(URL(fileURLWithPath: $0)) }
        // The first flags line of the module sets its options.
        let flagged = sources.first { !Fixtures.flags(in: $0, tool: "intxcheck").isEmpty } ?? ""
        let result = IntxCheckRunner(options: try IntxCheckFixtures.options(in: flagged)).check(files: files, cache: nil)
        for (path, source) in zip(files, sources) {
            let report = try #require(result.reports.first { $0.path == path })
            let problems = WantHarness.mismatches(report.diagnostics, against: WantHarness.expectations(in: source), file: report.displayPath)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    /// Past the memory budget, files are parsed again for the module pass: the same findings,
    /// whether nothing is kept or only the trees of the files to analyze (not the helpers' bodies).
    @Test func reparsingPastTheTreeBudgetGivesTheSameFindings() throws {
        let files = try FileDiscovery().swiftFiles(in: [Self.directory.appendingPathComponent("vapor_app").path])
        let kept = IntxCheckRunner(options: IntxCheckOptions()).check(files: files, cache: nil)
        #expect(!kept.diagnostics.isEmpty)
        let transactionFiles = try files.filter { try String(contentsOfFile: $0, encoding: .utf8).contains(".inTx") }
        let transactionBytes = try transactionFiles.reduce(0) { $0 + (try Data(contentsOf: URL(fileURLWithPath: $1)).count) }
        #expect(!transactionFiles.isEmpty && transactionFiles.count < files.count)
        for budget in [0, transactionBytes] {
            var runner = IntxCheckRunner(options: IntxCheckOptions())
            runner.treeBudgetBytes = budget
            let reparsed = runner.check(files: files, cache: nil)
            #expect(reparsed.diagnostics == kept.diagnostics, "budget \(budget)")
        }
    }

    /// A helper's use in another file is a related location in that file.
    @Test func crossFileHelperNoteNamesTheOtherFile() throws {
        let files = try FileDiscovery().swiftFiles(in: [Self.directory.appendingPathComponent("accounts").path])
        let result = IntxCheckRunner(options: IntxCheckOptions()).check(files: files, cache: nil)
        let finding = try #require(result.diagnostics.first { $0.message.hasPrefix("'logTransfer()'") })
        #expect(finding.file.hasSuffix("modules/accounts/Accounts.swift"))
        #expect(finding.notes.map { "\(($0.file as NSString).lastPathComponent):\($0.line)" } == ["Accounts+Logging.swift:7"])
    }

    /// The note spells the store as the helper does: `reindex(_ request:)` is handed `req` and
    /// uses `request.db`.
    @Test func helperNoteSpellsTheStoreAsTheHelperDoes() throws {
        let files = try FileDiscovery().swiftFiles(in: [Self.directory.appendingPathComponent("vapor_app").path])
        let result = IntxCheckRunner(options: IntxCheckOptions()).check(files: files, cache: nil)
        let finding = try #require(result.diagnostics.first { $0.message.hasPrefix("'reindex()'") })
        #expect(finding.message.contains("uses outer store 'req.db'"), "the message names the transaction's store")
        #expect(finding.notes.map(\.message) == ["'request.db' used here, reached from 'reindex()'"])
        let sync = try #require(result.diagnostics.first { $0.message.hasPrefix("'syncPackages()'") })
        #expect(sync.notes.map(\.message) == ["'app.db' used here, reached from 'syncPackages()'"])
    }
}

/// What a module means on disk, and the cache across files of one module.
@Suite struct ModuleCacheTests {
    struct Package {
        let root: URL
        var cachePath: String { root.appendingPathComponent(".cache/results.sqlite").path }
        var caller: String { root.appendingPathComponent("Sources/App/Accounts.swift").path }
        var helper: String { root.appendingPathComponent("Sources/App/Accounts+Logging.swift").path }

        init() throws {
            root = try Fixtures.scratch([
                "Package.swift": """
                    // swift-tools-version: 6.0
                    import PackageDescription
                    let package = Package(name: "App", targets: [.target(name: "App"), .target(name: "Other", path: "Lib/Other")])
                    """,
                "Sources/App/Accounts.swift": """
                    final class Accounts {
                        let store: Store
                        func transfer() throws {
                            try store.inTx { tx in
                                try logTransfer()
                            }
                        }
                    }
                    """,
                "Sources/App/Accounts+Logging.swift": Self.usingStore,
                // Another target declares a helper of the same name that is clean: not the same module.
                "Lib/Other/Accounts+Logging.swift": Self.usingHandle,
            ])
        }

        static let usingStore = "extension Accounts {\n    func logTransfer() throws { try store.insert(1) }\n}\n"
        static let usingHandle = "extension Accounts {\n    func logTransfer() throws {}\n}\n"

        func run(_ files: [String]) -> CheckResult {
            IntxCheckRunner(options: IntxCheckOptions()).check(files: files, cache: ResultCache(path: cachePath) { _ in })
        }
    }

    /// Pre-commit passes only the changed file: the rest of its target is still read.
    @Test func aFileAloneStillSeesItsTarget() throws {
        let package = try Package()
        defer { try? FileManager.default.removeItem(at: package.root) }
        let result = package.run([package.caller])
        #expect(result.reports.count == 1, "context files are not reported on")
        #expect(result.diagnostics.map(\.message) == [
            "'logTransfer()' uses outer store 'store' (Accounts+Logging.swift:2) inside inTx; use transaction handle 'tx' instead"
        ])
    }

    /// Editing only the file that declares the helper changes the caller's warm result.
    @Test func editingTheHelperFileChangesTheCallersResult() throws {
        let package = try Package()
        defer { try? FileManager.default.removeItem(at: package.root) }
        let cold = package.run([package.caller])
        #expect(cold.diagnostics.count == 1)
        let warm = package.run([package.caller])
        #expect(warm.cacheHits == 1 && warm.diagnostics == cold.diagnostics)

        try Data(Package.usingHandle.utf8).write(to: URL(fileURLWithPath: package.helper))
        let edited = package.run([package.caller])
        #expect(edited.cacheHits == 0)
        #expect(edited.diagnostics.isEmpty, "the helper no longer uses the store: \(edited.diagnostics.map(\.message))")

        try Data(Package.usingStore.utf8).write(to: URL(fileURLWithPath: package.helper))
        let restored = package.run([package.caller])
        #expect(restored.cacheHits == 1, "the first run's entry for this module state is still there")
        #expect(restored.diagnostics == cold.diagnostics)
    }

    /// A file that names no transaction method is keyed by its content alone: editing another
    /// file of the module does not make it miss.
    @Test func filesWithoutTransactionsKeepTheirEntries() throws {
        let package = try Package()
        defer { try? FileManager.default.removeItem(at: package.root) }
        _ = package.run([package.caller, package.helper])
        try Data((Package.usingStore + "// edited\n").utf8).write(to: URL(fileURLWithPath: package.helper))
        let edited = package.run([package.caller, package.helper])
        #expect(edited.cacheHits == 0, "the caller depends on the helper file, and the helper file changed")
        try Data("final class Accounts { let store: Store\n func transfer() throws { try store.inTx { tx in try logTransfer() } } }\n".utf8)
            .write(to: URL(fileURLWithPath: package.caller))
        let callerEdited = package.run([package.caller, package.helper])
        #expect(callerEdited.cacheHits == 1, "the helper file names no transaction method; its entry stands")
    }

    /// Pre-commit after an edit reads the other files' facts, summaries included, from the cache:
    /// each module fixture as a target, checked whole, then each file edited and checked alone,
    /// must find what an uncached run of that file finds.
    @Test(arguments: ModuleFixtureTests.modules)
    func factsFromTheCacheFindWhatFreshFactsFind(_ name: String) throws {
        let directory = ModuleFixtureTests.directory.appendingPathComponent(name)
        let names = try FileDiscovery().swiftFiles(in: [directory.path]).map { ($0 as NSString).lastPathComponent }
        var files = ["Package.swift": "// swift-tools-version: 6.0\nimport PackageDescription\nlet package = Package(name: \"App\", targets: [.target(name: \"App\")])\n"]
        for name in names { files["Sources/App/\(name)"] = try Fixtures.read(directory.appendingPathComponent(name)) }
        let root = try Fixtures.scratch(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let paths = names.map { root.appendingPathComponent("Sources/App/\($0)").path }
        let flagged = files.values.sorted().first { !Fixtures.flags(in: $0, tool: "intxcheck").isEmpty } ?? ""
        let runner = IntxCheckRunner(options: try IntxCheckFixtures.options(in: flagged))
        let cachePath = root.appendingPathComponent("cache.sqlite").path
        let whole = runner.check(files: paths, cache: ResultCache(path: cachePath) { _ in })
        #expect(whole.diagnostics.isEmpty == !files.values.contains { $0.contains("// want") }, "findings where the fixture wants them")
        for path in paths {
            let handle = try #require(FileHandle(forWritingAtPath: path))
            handle.seekToEndOfFile()
            handle.write(Data("// edited\n".utf8))
            handle.closeFile()
            let warm = runner.check(files: [path], cache: ResultCache(path: cachePath) { _ in })
            #expect(warm.cacheHits == 0)
            #expect(warm.diagnostics == runner.check(files: [path], cache: nil).diagnostics, "\(name)/\((path as NSString).lastPathComponent)")
            #expect(warm.diagnostics == whole.diagnostics.filter { $0.file == whole.reports.first { $0.path == path }?.displayPath })
        }
    }

    /// Bodies are summarized only when a transaction reaches them, and the cached facts hold only
    /// those summaries: a helper first reached in a later run is summarized from its file then.
    @Test func aHelperFirstReachedLaterIsSummarizedFromItsFile() throws {
        let package = try Package()
        defer { try? FileManager.default.removeItem(at: package.root) }
        let helpers = Package.usingHandle + "extension Accounts {\n    func audit() throws { try store.insert(2) }\n}\n"
        try Data(helpers.utf8).write(to: URL(fileURLWithPath: package.helper))
        #expect(package.run([package.caller]).diagnostics.isEmpty, "logTransfer() is clean, and audit() is not called yet")

        let callingAudit = try String(contentsOfFile: package.caller, encoding: .utf8).replacingOccurrences(of: "logTransfer()", with: "audit()")
        try Data(callingAudit.utf8).write(to: URL(fileURLWithPath: package.caller))
        let result = package.run([package.caller])
        #expect(result.diagnostics.map(\.message) == [
            "'audit()' uses outer store 'store' (Accounts+Logging.swift:5) inside inTx; use transaction handle 'tx' instead"
        ])
    }
}

import Foundation
import Testing

import IntxCheckKit
import ToolSupport

/// The SQLite result cache as intxcheck uses it.
@Suite struct ResultCacheTests {
    struct Scratch {
        let directory: URL
        var cachePath: String { directory.appendingPathComponent("cache/results.sqlite").path }
        var file: String { directory.appendingPathComponent("Orders.swift").path }

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try write(Self.source)
        }

        func write(_ source: String) throws { try Data(source.utf8).write(to: URL(fileURLWithPath: file)) }

        func run(_ options: IntxCheckOptions = IntxCheckOptions(), warn: @escaping (String) -> Void = { _ in }) -> CheckResult {
            IntxCheckRunner(options: options).check(files: [file], cache: ResultCache(path: cachePath, warn: warn))
        }

        static let source = """
            func save(store: Store) throws {
                try store.inTx { tx in
                    try store.insert(1)
                }
            }
            """
    }

    @Test func secondRunIsAHitWithTheSameFindings() throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.directory) }
        let cold = scratch.run()
        let warm = scratch.run()
        #expect(cold.cacheHits == 0 && cold.checked == 1)
        #expect(warm.cacheHits == 1 && warm.checked == 0)
        #expect(cold.diagnostics.count == 1)
        #expect(warm.diagnostics == cold.diagnostics)
    }

    @Test func editMissesTheCache() throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.directory) }
        _ = scratch.run()
        try scratch.write(Scratch.source.replacingOccurrences(of: "try store.insert(1)", with: "try tx.insert(1)"))
        let edited = scratch.run()
        #expect(edited.cacheHits == 0)
        #expect(edited.diagnostics.isEmpty)
    }

    @Test func changedOptionsMissTheCache() throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.directory) }
        _ = scratch.run()
        let otherMethods = scratch.run(IntxCheckOptions(methods: ["transaction"]))
        #expect(otherMethods.cacheHits == 0)
        #expect(otherMethods.diagnostics.isEmpty)
        let unusedIgnores = scratch.run(IntxCheckOptions(reportUnusedIgnores: true))
        #expect(unusedIgnores.cacheHits == 0)
        #expect(scratch.run().cacheHits == 1)
    }

    @Test func concurrentRunsBothFinishCorrectly() async throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.directory) }
        // Many files so the two runs overlap in reading and writing the same database.
        let files = (0..<200).map { scratch.directory.appendingPathComponent("File\($0).swift").path }
        for (index, path) in files.enumerated() {
            try Data((Scratch.source + "\n// \(index)\n").utf8).write(to: URL(fileURLWithPath: path))
        }
        let cachePath = scratch.cachePath
        async let first = Task.detached {
            IntxCheckRunner(options: IntxCheckOptions()).check(files: files, cache: ResultCache(path: cachePath) { _ in })
        }.value
        async let second = Task.detached {
            IntxCheckRunner(options: IntxCheckOptions()).check(files: files, cache: ResultCache(path: cachePath) { _ in })
        }.value
        let (a, b) = await (first, second)
        #expect(a.diagnostics.count == 200 && b.diagnostics == a.diagnostics)
        let third = IntxCheckRunner(options: IntxCheckOptions()).check(files: files, cache: ResultCache(path: cachePath) { _ in })
        #expect(third.cacheHits == 200)
        #expect(third.diagnostics == a.diagnostics)
    }

    @Test func corruptCacheIsReportedOnceAndRebuilt() throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.directory) }
        try FileManager.default.createDirectory(
            atPath: (scratch.cachePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: scratch.cachePath))
        var warnings: [String] = []
        let run = scratch.run { warnings.append($0) }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("corrupt") == true)
        #expect(run.diagnostics.count == 1)
        var later: [String] = []
        #expect(scratch.run { later.append($0) }.cacheHits == 1)
        #expect(later.isEmpty)
    }

    @Test func unusableCachePathDoesNotFailTheRun() throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.directory) }
        var warnings: [String] = []
        let cache = ResultCache(path: "/proc/definitely/not/writable/cache.sqlite") { warnings.append($0) }
        #expect(cache == nil)
        #expect(!warnings.isEmpty)
        let run = IntxCheckRunner(options: IntxCheckOptions()).check(files: [scratch.file], cache: cache)
        #expect(run.diagnostics.count == 1)
    }

    @Test func cacheKeyChangesWithTheToolVersion() {
        let content = Array("let x = 1\n".utf8)
        let current = ResultCache.key(tool: "intxcheck", version: BuildTools.version, options: "", content: content)
        #expect(current != ResultCache.key(tool: "intxcheck", version: "0.0.0-other", options: "", content: content))
        #expect(current != ResultCache.key(tool: "importsort", version: BuildTools.version, options: "", content: content))
    }

    /// Entries unused for 30 days go on the next run that stores something; a warm run the same
    /// day writes nothing and keeps everything.
    @Test func oldEntriesAreEvicted() throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.directory) }
        let day: TimeInterval = 86_400
        let start = Date(timeIntervalSince1970: 20_000 * day)
        func open(_ date: Date, limits: ResultCache.Limits = ResultCache.Limits()) throws -> ResultCache {
            try #require(ResultCache(path: scratch.cachePath, limits: limits, now: date) { _ in })
        }
        try open(start).store(["old": Data("1".utf8), "kept": Data("2".utf8)])
        // Used on day 20: "kept" is refreshed, "old" is not.
        #expect(try open(start + 20 * day).values(for: ["kept"]).count == 1)
        let later = try open(start + 35 * day)
        later.store(["new": Data("3".utf8)])
        #expect(later.values(for: ["old", "kept", "new"]).keys.sorted() == ["kept", "new"])
        #expect(later.entryCount == 2)
    }

    @Test func sizeCapEvictsLeastRecentlyUsedFirst() throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.directory) }
        let day: TimeInterval = 86_400
        let start = Date(timeIntervalSince1970: 20_000 * day)
        let big = Data(repeating: 7, count: 64 << 10)
        let first = try #require(ResultCache(path: scratch.cachePath, now: start) { _ in })
        first.store(Dictionary(uniqueKeysWithValues: (0..<40).map { ("old\($0)", big) }))
        let capped = try #require(ResultCache(
            path: scratch.cachePath, limits: ResultCache.Limits(maxAgeDays: 30, maxBytes: 1 << 20), now: start + day) { _ in })
        capped.store(["fresh": big])
        #expect(capped.entryCount < 41 && capped.entryCount > 0)
        #expect(capped.values(for: ["fresh"]).count == 1, "the newest entry survives")
    }
}

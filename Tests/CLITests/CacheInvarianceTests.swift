import Foundation
import Testing

import APIGenKit
import ImportSortKit
import IntxCheckKit
import TestSupport
import ToolSupport

/// What a result cache must never change: a warm run prints byte for byte what the cold run
/// printed (and the cold run what an uncached one prints), also with equal content at several
/// paths; a change to the options, the configuration or the tool's version is a miss. apigen
/// caches facts, not results: its warm run builds the spec from cached facts.
@Suite struct CacheInvarianceTests {
    /// Files of no transaction, keyed by their content alone: an unused marker and a parse error.
    static let contentKeyed = [
        "Marker.swift": "// intxcheck:ignore nothing to silence\nlet x = 1\n",
        "Broken.swift": "import B\nimport A\nfunc f( {\n",
    ]

    /// `testdata/<tool>` copied, and each of `copies` (names in it) and ``contentKeyed`` at three
    /// more paths, all outside any target, so the copies form one module.
    static func workspace(_ tool: String, copies: [String]) throws -> URL {
        let directory = try Fixtures.scratch(prefix: "cache-\(tool)")
        let manager = FileManager.default
        try manager.copyItem(at: Fixtures.testdata.appendingPathComponent(tool), to: directory.appendingPathComponent("testdata"))
        for place in ["a", "b", "c/deeper"] {
            let folder = directory.appendingPathComponent("copies/\(place)")
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in copies {
                // Flat: `example/Models.swift` is `copies/a/Models.swift`.
                try manager.copyItem(
                    at: Fixtures.testdata.appendingPathComponent("\(tool)/\(name)"), to: folder.appendingPathComponent((name as NSString).lastPathComponent))
            }
            for (name, content) in contentKeyed { try Data(content.utf8).write(to: folder.appendingPathComponent(name)) }
        }
        return directory
    }

    /// Uncached, cold and warm runs with one fresh cache: the same bytes and status each time.
    static func expectWarmEqualsCold(_ tool: String, _ arguments: [String], in directory: URL) throws {
        let cachePath = directory.appendingPathComponent("cache-\(UUID().uuidString).sqlite").path
        let uncached = try ToolProcess.tool(tool, ["--no-cache"] + arguments, in: directory)
        let cold = try ToolProcess.tool(tool, ["--cache-path", cachePath] + arguments, in: directory)
        let warm = try ToolProcess.tool(tool, ["--cache-path", cachePath] + arguments, in: directory)
        #expect(!cold.stdout.isEmpty, "\(tool) \(arguments): nothing printed, so nothing compared")
        #expect(cold.stdoutBytes == uncached.stdoutBytes, "\(tool) \(arguments) cold vs uncached: \(firstDifference(uncached.stdout, cold.stdout))")
        #expect(warm.stdoutBytes == cold.stdoutBytes, "\(tool) \(arguments) warm vs cold: \(firstDifference(cold.stdout, warm.stdout))")
        #expect(warm.status == cold.status && cold.status == uncached.status)
        #expect(warm.stderr == cold.stderr)
    }

    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let lines = (expected.split(separator: "\n", omittingEmptySubsequences: false), actual.split(separator: "\n", omittingEmptySubsequences: false))
        for (number, pair) in zip(lines.0, lines.1).enumerated() where pair.0 != pair.1 {
            return "line \(number + 1): expected '\(pair.0)', got '\(pair.1)'"
        }
        return lines.0.count == lines.1.count ? "same lines, different bytes" : "\(lines.0.count) lines expected, \(lines.1.count) printed"
    }

    @Test(arguments: ["text", "json", "sarif", "github"])
    func intxcheckWarmPrintsWhatColdPrinted(format: String) throws {
        let directory = try Self.workspace("intxcheck", copies: ["direct.swift", "helpers.swift", "unused_ignores.swift", "parse_error.swift"])
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.expectWarmEqualsCold(
            "intxcheck", ["--no-config", "--report-unused-ignores", "--format", format, "testdata", "copies"], in: directory)
    }

    @Test(arguments: ["text", "sarif"])
    func importsortWarmPrintsWhatColdPrinted(format: String) throws {
        let directory = try Self.workspace("importsort", copies: ["groups.input.swift", "crlf_bom.input.swift", "header_glued.input.swift"])
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.expectWarmEqualsCold("importsort", ["--no-config", "--check", "--diff", "--format", format, "testdata", "copies"], in: directory)
    }

    /// apigen over the example API with copies of two of its files elsewhere: the duplicate
    /// routes and types are reported at each copy's own path, cold and warm, in every format,
    /// and the example alone checks its committed outputs and routes.
    @Test(arguments: ["text", "json", "sarif", "github"])
    func apigenWarmPrintsWhatColdPrinted(format: String) throws {
        let directory = try Self.workspace("apigen", copies: ["example/WorkspaceRoutes.swift", "example/Models.swift"])
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.expectWarmEqualsCold(
            "apigen", ["--no-config", "--check", "--verify-routes", "--openapi", "out/openapi.json", "--format", format, "testdata/example", "copies"],
            in: directory)
        try Self.expectWarmEqualsCold(
            "apigen", ["--no-config", "--verify-routes", "--format", format, "testdata/routes"], in: directory)
    }

    /// A warm read takes every input's facts from the cache, and they build the same outputs.
    @Test func apigenWarmReadUsesCachedFacts() throws {
        let example = Fixtures.testdata.appendingPathComponent("apigen/example")
        let files = Fixtures.allFiles(under: example).map { example.appendingPathComponent($0).path }
        let directory = try Fixtures.scratch(prefix: "cache-apigen")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cachePath = directory.appendingPathComponent("cache.sqlite").path
        let options = APIGenOptions(openAPIPath: "openapi.json", docsDirectory: "docs", typeScriptPath: "api.ts", swiftPath: "Client.swift")
        let cold = try APIGenerator.readInputs(files, cache: ResultCache(path: cachePath) { _ in }).get()
        let warm = try APIGenerator.readInputs(files, cache: ResultCache(path: cachePath) { _ in }).get()
        #expect(cold.cacheHits == 0 && warm.cacheHits == files.count)
        let coldOutputs = try APIGenerator.run(inputs: cold, options: options, verifyRoutes: true).get()
        let warmOutputs = try APIGenerator.run(inputs: warm, options: options, verifyRoutes: true).get()
        #expect(!coldOutputs.outputs.isEmpty && warmOutputs.outputs == coldOutputs.outputs)
        #expect(warmOutputs.findings == coldOutputs.findings)
    }

    @Test func apigenOptionsAndConfigurationMiss() throws {
        let source = """
            struct Item: Codable { var itemName: String }

            /// @Summary Get an item
            /// @Success 200 {object} Item
            /// @Router /items [get]
            func getItem() {}

            """
        try Self.expectEachVariantMisses("apigen", [
            (nil, ["--verify-routes"]),
            (#"{"apigen": {"rules": {"unregistered-route": "off"}}}"#, ["--verify-routes"]),
            (nil, ["--check", "--openapi", "out.json"]),
            (#"{"apigen": {"rules": {"stale-output": "warning"}}}"#, ["--check", "--openapi", "out.json"]),
        ], file: ("API.swift", source))
    }

    /// The same through the runners, where a warm run is seen to be all hits.
    @Test func equalContentAtSeveralPathsKeepsEachPath() throws {
        let directory = try Self.workspace("intxcheck", copies: ["direct.swift", "helpers.swift", "unused_ignores.swift"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = Fixtures.allFiles(under: directory.appendingPathComponent("copies")).map { directory.appendingPathComponent("copies/\($0)").path }
        let cachePath = directory.appendingPathComponent("cache.sqlite").path
        let runner = IntxCheckRunner(options: IntxCheckOptions(reportUnusedIgnores: true))
        let cold = runner.check(files: files, cache: ResultCache(path: cachePath) { _ in })
        let warm = runner.check(files: files, cache: ResultCache(path: cachePath) { _ in })
        #expect(cold.cacheHits == 0 && warm.cacheHits == files.count)
        #expect(warm.diagnostics == cold.diagnostics)
        for report in warm.reports {
            #expect(report.diagnostics.allSatisfy { $0.file == report.displayPath }, "\(report.displayPath) reported as another file")
        }
        let sorter = ImportSortRunner(options: ImportSortOptions())
        let coldSort = sorter.check(files: files, cache: ResultCache(path: cachePath) { _ in })
        let warmSort = sorter.check(files: files, cache: ResultCache(path: cachePath) { _ in })
        #expect(warmSort.cacheHits == files.count && warmSort.diagnostics == coldSort.diagnostics)
    }

    /// Each variant in turn over one shared cache prints what it prints uncached; consecutive
    /// variants print differently, so a hit from the previous one would show.
    static func expectEachVariantMisses(_ tool: String, _ variants: [(config: String?, flags: [String])], file: (String, String)) throws {
        let directory = try Fixtures.scratch([file.0: file.1])
        defer { try? FileManager.default.removeItem(at: directory) }
        let cachePath = directory.appendingPathComponent("cache.sqlite").path
        var previous: String?
        for (config, flags) in variants {
            let configPath = directory.appendingPathComponent(".swift-buildtools.json")
            if let config { try Data(config.utf8).write(to: configPath) } else { try? FileManager.default.removeItem(at: configPath) }
            let uncached = try ToolProcess.tool(tool, ["--no-cache"] + flags + [file.0], in: directory)
            let cached = try ToolProcess.tool(tool, ["--cache-path", cachePath] + flags + [file.0], in: directory)
            #expect(uncached.stderr.isEmpty, "\(uncached.stderr)")
            #expect(cached.stdout == uncached.stdout, "\(tool) \(config ?? "") \(flags): a cached result of another setting")
            #expect(uncached.stdout != previous, "\(tool) \(config ?? "") \(flags) prints as the previous variant: the test would not see a hit")
            previous = uncached.stdout
        }
    }

    @Test func intxcheckOptionsAndConfigurationMiss() throws {
        let source = """
            func save(store: Store) throws {
                try store.inTx { tx in
                    try store.insert(1)
                    try store.transaction { db in try store.update(2) }
                }
            }

            """
        try Self.expectEachVariantMisses("intxcheck", [
            (nil, []),
            (#"{"intxcheck": {"methods": ["transaction"]}}"#, []),
            (#"{"intxcheck": {"methods": ["transaction"], "allow": ["update"]}}"#, []),
            (nil, ["--allow", "insert"]),
            (nil, ["--method", "transaction"]),
            (#"{"intxcheck": {"profiles": ["fluent"]}}"#, []),
        ], file: ("Save.swift", source))
    }

    @Test func importsortOptionsAndConfigurationMiss() throws {
        let source = "import Vapor\nimport AppCore\nimport Foundation\n\nlet x = 1\n"
        try Self.expectEachVariantMisses("importsort", [
            (nil, ["--check", "--diff"]),
            (#"{"importsort": {"local": ["AppCore"]}}"#, ["--check", "--diff"]),
            (#"{"importsort": {"system": ["Vapor"]}}"#, ["--check", "--diff"]),
            (nil, ["--check", "--diff", "--local", "Vapor"]),
        ], file: ("main.swift", source))
    }

    @Test func anotherToolVersionMisses() throws {
        let directory = try Self.workspace("intxcheck", copies: ["direct.swift"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = Fixtures.allFiles(under: directory.appendingPathComponent("copies")).map { directory.appendingPathComponent("copies/\($0)").path }
        let cachePath = directory.appendingPathComponent("cache.sqlite").path
        var intxcheck = IntxCheckRunner(options: IntxCheckOptions())
        _ = intxcheck.check(files: files, cache: ResultCache(path: cachePath) { _ in })
        var importsort = ImportSortRunner(options: ImportSortOptions())
        _ = importsort.check(files: files, cache: ResultCache(path: cachePath) { _ in })
        intxcheck.tool.version += "-next"
        importsort.tool.version += "-next"
        #expect(intxcheck.check(files: files, cache: ResultCache(path: cachePath) { _ in }).cacheHits == 0)
        #expect(importsort.check(files: files, cache: ResultCache(path: cachePath) { _ in }).cacheHits == 0)
    }
}

import Foundation
import Testing

import TestSupport
import ToolSupport

/// `.swift-buildtools.json` as the tools read it: discovery, precedence of flags, rule settings,
/// usage errors, and cached results that follow the file's content.
@Suite struct ConfigurationCLITests {
    @Test func configurationDrivesTheToolsAndFlagsWin() throws {
        let directory = try Fixtures.scratch([
            Configuration.fileName: #"{"intxcheck": {"paths": ["Sources"], "methods": ["transaction"]}}"#,
            "Sources/Bad.swift": CLITests.escaping.replacingOccurrences(of: "inTx", with: "transaction"),
            "Other/Bad.swift": CLITests.escaping,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let nested = directory.appendingPathComponent("Sources")
        let fromConfig = try ToolProcess.tool("intxcheck", [], in: directory)
        #expect(fromConfig.status == 1 && fromConfig.stdout.hasPrefix("Sources/Bad.swift:3:13:"), "\(fromConfig.stdout)")
        #expect(try ToolProcess.tool("intxcheck", ["Bad.swift"], in: nested).status == 1, "found from a subdirectory")
        let flagsWin = try ToolProcess.tool("intxcheck", ["--method", "inTx", "Other"], in: directory)
        #expect(flagsWin.status == 1 && flagsWin.stdout.hasPrefix("Other/Bad.swift:3:13:"))
        #expect(try ToolProcess.tool("intxcheck", ["--no-config", "Sources"], in: directory).status == 0, "the default inTx finds nothing there")

        // Editing the file changes the answer, though every Swift file and the cache stay.
        try Data(#"{"intxcheck": {"paths": ["Sources"], "methods": ["inTx"]}}"#.utf8).write(to: directory.appendingPathComponent(Configuration.fileName))
        #expect(try ToolProcess.tool("intxcheck", [], in: directory).status == 0)
        try Data(#"{"intxcheck": {"paths": ["Other"], "rules": {"outer-store-in-tx": "warning"}}}"#.utf8)
            .write(to: directory.appendingPathComponent(Configuration.fileName))
        let warning = try ToolProcess.tool("intxcheck", [], in: directory)
        #expect(warning.status == 0 && warning.stdout.contains(": warning: outer store 'store'"), "\(warning.stdout)")
        #expect(try ToolProcess.tool("intxcheck", ["--strict"], in: directory).status == 1)
    }

    /// apigen's stricter checks set to `warning` (a project coming from swag): the run writes its
    /// outputs and exits 0 with the warnings printed; `--strict` and `--no-config` fail it.
    @Test func apigenRulesSetToWarningLetGenerationGoOn() throws {
        let source = """
            /// @Summary Uses an undefined scheme
            /// @Success 204
            /// @Security TokenAuth
            /// @Router /items [get]
            func listItems() {}
            """
        let directory = try Fixtures.scratch([
            Configuration.fileName: #"{"apigen": {"rules": {"unknown-security-scheme": "warning"}}}"#, "API.swift": source,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try ToolProcess.tool("apigen", ["--openapi", "openapi.json", "API.swift"], in: directory)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("API.swift:4:5: warning: @Security names 'TokenAuth', which no @securityDefinitions annotation defines [unknown-security-scheme]"), "\(run.stdout)")
        let written = try String(contentsOf: directory.appendingPathComponent("openapi.json"), encoding: .utf8)
        #expect(written.contains("\"TokenAuth\""))
        #expect(try ToolProcess.tool("apigen", ["--strict", "--openapi", "openapi.json", "API.swift"], in: directory).status == 1)
        let noConfig = try ToolProcess.tool("apigen", ["--no-config", "--openapi", "other.json", "API.swift"], in: directory)
        #expect(noConfig.status == 1 && !FileManager.default.fileExists(atPath: directory.appendingPathComponent("other.json").path))
    }

    @Test func badConfigurationIsAUsageError() throws {
        let directory = try Fixtures.scratch([Configuration.fileName: "{\n  \"importsort\": {\"locals\": [\"App\"]}\n}\n", "a.swift": ""])
        defer { try? FileManager.default.removeItem(at: directory) }
        for tool in ["intxcheck", "importsort", "apigen"] {
            let run = try ToolProcess.tool(tool, ["a.swift", "--openapi", "o.json"].filter { tool == "apigen" || $0 == "a.swift" }, in: directory)
            #expect(run.status == 2, "\(tool)")
            #expect(run.stderr.contains(".swift-buildtools.json:2:18: error: unknown key 'locals' in 'importsort'; valid keys:"), "\(tool): \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("o.json").path), "nothing runs")
    }

    @Test func apigenReadsItsOutputsFromTheConfiguration() throws {
        let directory = try Fixtures.scratch([
            Configuration.fileName: #"{"apigen": {"inputs": ["API"], "openapi": "out/openapi.json", "typescript": "out/api.ts", "keyStrategy": "snake_case"}}"#,
            "API/Routes.swift": "struct Thing { var createdAt: Int }\n/// @Summary Get\n/// @Success 200 {object} Thing\n/// @Router /things [get]\nfunc getThing() {}\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try ToolProcess.tool("apigen", ["--check"], in: directory).status == 1)
        #expect(try ToolProcess.tool("apigen", [], in: directory).status == 0)
        #expect(try ToolProcess.tool("apigen", ["--check"], in: directory).status == 0)
        #expect(try Fixtures.read(directory.appendingPathComponent("out/api.ts")).contains("created_at"))
    }

    /// A profile written in the configuration works like a built-in one.
    @Test func profilesDefinedInTheConfiguration() throws {
        let source = """
            final class Service {
                let db: AppDatabase
                let view: TextView
                init(db: AppDatabase, view: TextView) { self.db = db; self.view = view }

                func run() {
                    db.perform(work: { tx in
                        try tx.save()
                        db.logger.info("saving")
                        try db.save()
                        tx.afterCommit { db.notify() }
                    }, done: { db.notify() })
                    view.perform(work: { _ in view.redraw() })
                }
            }

            """
        let directory = try Fixtures.scratch([
            Configuration.fileName: """
                {"intxcheck": {"profiles": ["appdb"], "profileDefinitions": {"appdb": {
                    "methods": [{"name": "perform", "body": "work"}], "storeTypes": ["AppDatabase"],
                    "safeMembers": ["AppDatabase.logger"], "afterTransaction": ["afterCommit"]}}}}
                """,
            "Service.swift": source,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try ToolProcess.tool("intxcheck", ["Service.swift"], in: directory)
        #expect(run.stdout == """
            Service.swift:10:17: error: outer store 'db' used inside perform; use transaction handle 'tx' instead [outer-store-in-tx]
            Service.swift:11:30: warning: outer store 'db' used in an 'afterCommit' callback inside perform; it may run outside the transaction, which it neither sees nor rolls back with [outer-store-in-escaping-closure]

            """, "\(run.stdout)")
        #expect(run.status == 1)

        try Data(#"{"intxcheck": {"profileDefinitions": {"grdb": {"methods": ["write"]}}}}"#.utf8)
            .write(to: directory.appendingPathComponent(Configuration.fileName))
        let shadowing = try ToolProcess.tool("intxcheck", ["Service.swift"], in: directory)
        #expect(shadowing.status == 2 && shadowing.stderr.contains(".swift-buildtools.json:1:39: error: profile 'grdb' is built in"), "\(shadowing.stderr)")
        try Data(#"{"intxcheck": {"profiles": ["nope"]}}"#.utf8).write(to: directory.appendingPathComponent(Configuration.fileName))
        let unknown = try ToolProcess.tool("intxcheck", ["Service.swift"], in: directory)
        #expect(unknown.status == 2 && unknown.stderr.contains("1:29: error: unknown profile 'nope'; valid: default, fluent, fluent3, grdb"), "\(unknown.stderr)")
        #expect(try ToolProcess.tool("intxcheck", ["--no-config", "--profile", "nope", "Service.swift"], in: directory).status == 2)
    }
}

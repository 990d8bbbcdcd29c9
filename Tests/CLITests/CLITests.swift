import Foundation
import Testing

import TestSupport
import ToolSupport

/// The executables as users run them: exit codes 0/1/2, output formats, rewrites, `-`, `--check`.
@Suite struct CLITests {
    static let escaping = """
        func save(store: Store) throws {
            try store.inTx { tx in
                try store.insert(1)
            }
        }

        """

    @Test func intxcheckExitCodesAndFormats() throws {
        let directory = try Fixtures.scratch(["Sources/Bad.swift": Self.escaping, "Sources/Good.swift": "let x = 1\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let findings = try ToolProcess.tool("intxcheck", ["--no-cache", "Sources"], in: directory)
        #expect(findings.status == 1)
        #expect(findings.stdout == "Sources/Bad.swift:3:13: error: outer store 'store' used inside inTx; use transaction handle 'tx' instead [outer-store-in-tx]\n")
        let clean = try ToolProcess.tool("intxcheck", ["--no-cache", "Sources/Good.swift"], in: directory)
        #expect(clean.status == 0 && clean.stdout.isEmpty)
        let json = try ToolProcess.tool("intxcheck", ["--no-cache", "--format", "json", "Sources"], in: directory)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.count == 1)
        let github = try ToolProcess.tool("intxcheck", ["--no-cache", "--format", "github", "Sources"], in: directory)
        #expect(github.stdout.hasPrefix("::error file=Sources/Bad.swift,line=3,col=13,"))
        #expect(try ToolProcess.tool("intxcheck", ["--no-cache", "missing"], in: directory).status == 2)
        #expect(try ToolProcess.tool("intxcheck", ["--no-such-flag"], in: directory).status == 2)
        // The default cache lives in the user's cache directory, and a second run gives the same answer.
        let cacheHome = directory.appendingPathComponent("home-cache")
        let environment = ["XDG_CACHE_HOME": cacheHome.path]
        #expect(try ToolProcess.tool("intxcheck", ["Sources"], in: directory, environment: environment).stdout == findings.stdout)
        #expect(try ToolProcess.tool("intxcheck", ["Sources"], in: directory, environment: environment).stdout == findings.stdout)
        #expect(FileManager.default.fileExists(atPath: cacheHome.appendingPathComponent("swift-buildtools/results.sqlite").path))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent(".build").path))
    }

    @Test func importsortRewritesChecksAndFilters() throws {
        let unsorted = "import Vapor\nimport Foundation\n\nlet x = 1\n"
        let directory = try Fixtures.scratch([
            "Sources/App/main.swift": unsorted, "Sources/App/Broken.swift": "import B\nimport A\nfunc f( {\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let check = try ToolProcess.tool("importsort", ["--check", "--no-cache", "Sources"], in: directory)
        #expect(check.status == 1)
        #expect(check.stdout.contains("Sources/App/main.swift:1:1: error: imports are not grouped and sorted"))
        #expect(check.stdout.contains("Sources/App/Broken.swift:3:8: error: file does not parse"))
        let original = try String(contentsOf: directory.appendingPathComponent("Sources/App/main.swift"), encoding: .utf8)
        #expect(original == unsorted, "--check must not write")
        let diff = try ToolProcess.tool("importsort", ["--check", "--diff", "Sources"], in: directory)
        #expect(diff.stdout.contains("--- a/Sources/App/main.swift") && diff.stdout.contains("+import Vapor"))

        let rewrite = try ToolProcess.tool("importsort", ["Sources"], in: directory)
        #expect(rewrite.status == 1, "the unparsable file makes the run fail")
        #expect(try String(contentsOf: directory.appendingPathComponent("Sources/App/main.swift"), encoding: .utf8)
            == "import Foundation\n\nimport Vapor\n\nlet x = 1\n")
        #expect(try String(contentsOf: directory.appendingPathComponent("Sources/App/Broken.swift"), encoding: .utf8)
            == "import B\nimport A\nfunc f( {\n")
        let again = try ToolProcess.tool("importsort", ["--exclude", "Broken.swift", "Sources"], in: directory)
        #expect(again.status == 0 && again.stdout.isEmpty && again.stderr.isEmpty)

        let piped = try ToolProcess.tool("importsort", ["-"], stdin: Data(unsorted.utf8), in: directory)
        #expect(piped.status == 0 && piped.stdout == "import Foundation\n\nimport Vapor\n\nlet x = 1\n")
        let pipedCheck = try ToolProcess.tool("importsort", ["--check", "--diff", "-"], stdin: Data(unsorted.utf8), in: directory)
        #expect(pipedCheck.status == 1 && pipedCheck.stdout.contains("+import Vapor"))
    }

    @Test func apigenCheckAndErrors() throws {
        let api = """
            /// @title T
            /// @version 1
            enum Info {}

            struct Thing { var name: String }

            /// @Summary Get a thing
            /// @Tags things
            /// @Success 200 {object} Thing
            /// @Router /things [get]
            func getThing() {}

            """
        let directory = try Fixtures.scratch(["API/Routes.swift": api])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outputs = ["--openapi", "out/openapi.json", "--typescript", "out/api.ts", "API"]
        #expect(try ToolProcess.tool("apigen", ["--check"] + outputs, in: directory).status == 1)
        let generate = try ToolProcess.tool("apigen", outputs, in: directory)
        #expect(generate.status == 0)
        #expect(try ToolProcess.tool("apigen", ["--check"] + outputs, in: directory).status == 0)
        try Data("stale\n".utf8).write(to: directory.appendingPathComponent("out/api.ts"))
        let stale = try ToolProcess.tool("apigen", ["--check"] + outputs, in: directory)
        #expect(stale.status == 1 && stale.stdout.contains("out/api.ts:1:1: error: generated file is stale"))

        try Data(api.replacingOccurrences(of: "{object} Thing", with: "{object} Missing").utf8)
            .write(to: directory.appendingPathComponent("API/Routes.swift"))
        let broken = try ToolProcess.tool("apigen", ["--openapi", "fresh/openapi.json", "API"], in: directory)
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("API/Routes.swift:9:5: error: unknown type 'Missing' [unknown-type]"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("fresh").path), "nothing is written on error")
        // An unreadable input is reported in the chosen format, as an I/O error.
        let missing = try ToolProcess.tool("apigen", ["--format", "json", "--openapi", "o.json", "API", "nope.swift"], in: directory)
        #expect(missing.status == 2)
        #expect(try ToolProcess.tool("apigen", ["--openapi", "o.json"], in: directory).status == 2, "no inputs is a usage error")
    }

    /// A pre-commit hook that only checks must leave `git status` clean: no cache or other file
    /// lands in the work tree.
    @Test func checkingLeavesTheWorkTreeClean() throws {
        let directory = try Fixtures.scratch([
            "Package.swift": "// swift-tools-version: 6.0\nimport PackageDescription\nlet package = Package(name: \"P\", targets: [.target(name: \"App\")])\n",
            "Sources/App/Bad.swift": "import Vapor\nimport Foundation\n\n" + Self.escaping,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let home = try Fixtures.scratch(prefix: "home")
        defer { try? FileManager.default.removeItem(at: home) }
        // Both a user with XDG_CACHE_HOME and one with only HOME.
        for environment in [["XDG_CACHE_HOME": home.appendingPathComponent("xdg").path], ["HOME": home.path, "XDG_CACHE_HOME": ""]] {
            for command in [["git", "init", "-q"], ["git", "add", "-A"], ["git", "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "init"]] {
                _ = try ToolProcess.command(command, in: directory)
            }
            #expect(try ToolProcess.tool("importsort", ["--check", "Sources"], in: directory, environment: environment).status == 1)
            #expect(try ToolProcess.tool("intxcheck", ["Sources"], in: directory, environment: environment).status == 1)
            #expect(try ToolProcess.tool("intxcheck", ["Sources"], in: directory, environment: environment).status == 1, "warm run")
            let status = try ToolProcess.command(["git", "status", "--porcelain", "--ignored"], in: directory)
            #expect(status.status == 0 && status.stdout.isEmpty, "work tree dirtied: \(status.stdout)")
        }
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("xdg/swift-buildtools/results.sqlite").path))
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent(".cache/swift-buildtools/results.sqlite").path))
    }

    @Test func everyToolListsItsRules() throws {
        for (tool, rule) in [("intxcheck", "outer-store-in-tx"), ("importsort", "import-order"), ("apigen", "stale-output")] {
            let text = try ToolProcess.tool(tool, ["--list-rules"])
            #expect(text.status == 0)
            #expect(text.stdout.split(separator: "\n").contains { $0.hasPrefix(rule + " ") })
            #expect(text.stdout.contains("parse-error"))
            let json = try ToolProcess.tool(tool, ["--list-rules", "--format", "json"])
            let rules = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(rules.contains { $0["id"] as? String == rule && ($0["helpUri"] as? String)?.hasSuffix("#\(rule)") == true })
        }
    }
}

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
        #expect(unknown.status == 2 && unknown.stderr.contains("1:29: error: unknown profile 'nope'; valid: default, fluent, grdb"), "\(unknown.stderr)")
        #expect(try ToolProcess.tool("intxcheck", ["--no-config", "--profile", "nope", "Service.swift"], in: directory).status == 2)
    }
}

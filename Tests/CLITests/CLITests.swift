import Foundation
import Testing

import TestSupport

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

    /// Text and JSON count a column in UTF-8 bytes, as swiftc does; SARIF in UTF-16 code units,
    /// as its `columnKind` says: `é` and `😀` before the finding are 6 bytes and 3 units.
    @Test func sarifColumnsAreUTF16CodeUnits() throws {
        let source = "func save(store: Store) throws {\n    try store.inTx { tx in\n        let café = \"😀\"; try store.insert(1)\n    }\n}\n"
        let directory = try Fixtures.scratch(["Sources/Bad.swift": source])
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try ToolProcess.tool("intxcheck", ["--no-cache", "Sources"], in: directory)
        #expect(text.stdout.hasPrefix("Sources/Bad.swift:3:33: error:"))
        let sarif = try ToolProcess.tool("intxcheck", ["--no-cache", "--format", "sarif", "Sources"], in: directory)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "utf16CodeUnits")
        let location = try #require(((run["results"] as? [[String: Any]])?.first?["locations"] as? [[String: Any]])?.first)
        let region = (location["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 3 && region?["startColumn"] as? Int == 30)
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

    /// `toolbench --help` prints its usage; a bad argument is a usage error, not a crash.
    @Test func toolbenchHelpAndBadArguments() throws {
        let help = try ToolProcess.tool("toolbench", ["--help"])
        #expect(help.status == 0 && help.stdout.hasPrefix("usage: toolbench CORPUS_DIR") && help.stderr.isEmpty)
        for arguments in [[], ["--rounds"], ["/no/such/corpus"]] {
            let bad = try ToolProcess.tool("toolbench", arguments)
            #expect(bad.status == 2, "\(arguments)")
            #expect(!bad.stderr.isEmpty && !bad.stderr.contains("Fatal error"), "\(arguments): \(bad.stderr)")
        }
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

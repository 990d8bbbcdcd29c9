import Foundation
import Testing

/// The executables as users run them: exit codes 0/1/2, output formats, rewrites, `-`, `--check`.
@Suite struct CLITests {
    static let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ tool: String, _ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws -> Run {
        var executable = products.appendingPathComponent(tool)
        if !FileManager.default.isExecutableFile(atPath: executable.path) {
            executable = root.appendingPathComponent(".build/debug/\(tool)")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    static func scratch(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        for (path, content) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return directory
    }

    static let escaping = """
        func save(store: Store) throws {
            try store.inTx { tx in
                try store.insert(1)
            }
        }

        """

    @Test func intxcheckExitCodesAndFormats() throws {
        let directory = try Self.scratch(["Sources/Bad.swift": Self.escaping, "Sources/Good.swift": "let x = 1\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let findings = try Self.run("intxcheck", ["--no-cache", "Sources"], in: directory)
        #expect(findings.status == 1)
        #expect(findings.stdout == "Sources/Bad.swift:3:13: error: outer store 'store' used inside inTx; use transaction handle 'tx' instead [outer-store-in-tx]\n")
        let clean = try Self.run("intxcheck", ["--no-cache", "Sources/Good.swift"], in: directory)
        #expect(clean.status == 0 && clean.stdout.isEmpty)
        let json = try Self.run("intxcheck", ["--no-cache", "--format", "json", "Sources"], in: directory)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.count == 1)
        let github = try Self.run("intxcheck", ["--no-cache", "--format", "github", "Sources"], in: directory)
        #expect(github.stdout.hasPrefix("::error file=Sources/Bad.swift,line=3,col=13,"))
        #expect(try Self.run("intxcheck", ["--no-cache", "missing"], in: directory).status == 2)
        #expect(try Self.run("intxcheck", ["--no-such-flag"], in: directory).status == 2)
        // The default cache lands under .build and a second run gives the same answer.
        #expect(try Self.run("intxcheck", ["Sources"], in: directory).stdout == findings.stdout)
        #expect(try Self.run("intxcheck", ["Sources"], in: directory).stdout == findings.stdout)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(".build/intxcheck-cache.sqlite").path))
    }

    @Test func importsortRewritesChecksAndFilters() throws {
        let unsorted = "import Vapor\nimport Foundation\n\nlet x = 1\n"
        let directory = try Self.scratch([
            "Sources/App/main.swift": unsorted, "Sources/App/Broken.swift": "import B\nimport A\nfunc f( {\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let check = try Self.run("importsort", ["--check", "--no-cache", "Sources"], in: directory)
        #expect(check.status == 1)
        #expect(check.stdout.contains("Sources/App/main.swift:1:1: error: imports are not grouped and sorted"))
        #expect(check.stdout.contains("Sources/App/Broken.swift:3:8: error: file does not parse"))
        let original = try String(contentsOf: directory.appendingPathComponent("Sources/App/main.swift"), encoding: .utf8)
        #expect(original == unsorted, "--check must not write")

        let rewrite = try Self.run("importsort", ["Sources"], in: directory)
        #expect(rewrite.status == 1, "the unparsable file makes the run fail")
        #expect(try String(contentsOf: directory.appendingPathComponent("Sources/App/main.swift"), encoding: .utf8)
            == "import Foundation\n\nimport Vapor\n\nlet x = 1\n")
        #expect(try String(contentsOf: directory.appendingPathComponent("Sources/App/Broken.swift"), encoding: .utf8)
            == "import B\nimport A\nfunc f( {\n")
        let again = try Self.run("importsort", ["--exclude", "Broken.swift", "Sources"], in: directory)
        #expect(again.status == 0 && again.stdout.isEmpty && again.stderr.isEmpty)

        let piped = try Self.run("importsort", ["-"], stdin: unsorted, in: directory)
        #expect(piped.status == 0 && piped.stdout == "import Foundation\n\nimport Vapor\n\nlet x = 1\n")
        let pipedCheck = try Self.run("importsort", ["--check", "--diff", "-"], stdin: unsorted, in: directory)
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
        let directory = try Self.scratch(["API/Routes.swift": api])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outputs = ["--openapi", "out/openapi.json", "--typescript", "out/api.ts", "API"]
        #expect(try Self.run("apigen", ["--check"] + outputs, in: directory).status == 1)
        let generate = try Self.run("apigen", outputs, in: directory)
        #expect(generate.status == 0)
        #expect(try Self.run("apigen", ["--check"] + outputs, in: directory).status == 0)
        try Data("stale\n".utf8).write(to: directory.appendingPathComponent("out/api.ts"))
        let stale = try Self.run("apigen", ["--check"] + outputs, in: directory)
        #expect(stale.status == 1 && stale.stdout.contains("out/api.ts:1:1: error: generated file is stale"))

        try Data(api.replacingOccurrences(of: "{object} Thing", with: "{object} Missing").utf8)
            .write(to: directory.appendingPathComponent("API/Routes.swift"))
        let broken = try Self.run("apigen", ["--openapi", "fresh/openapi.json", "API"], in: directory)
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("API/Routes.swift:9:5: error: unknown type 'Missing'"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("fresh").path), "nothing is written on error")
    }
}

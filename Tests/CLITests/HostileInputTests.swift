import Foundation
import Testing

import APIGenKit
import ImportSortKit
import IntxCheckKit
import TestSupport
import ToolSupport

/// Inputs a real tree throws at the tools, made at run time and given to all three executables.
/// Each gets its documented result and exit code (docs/hostile-input.md), no crash, and no
/// byte of any input lost.
@Suite struct HostileInputTests {
    static let tools = ["intxcheck", "importsort", "apigen"]

    /// The arguments that make each tool do its normal work on `path`: intxcheck checks,
    /// importsort rewrites in place, apigen generates into the scratch directory.
    static func arguments(_ tool: String, _ paths: [String]) -> [String] {
        switch tool {
        // Inside the scratch directory each run works in, so it goes with it.
        case "apigen": ["--openapi", "hostile-openapi.json"] + paths
        case "intxcheck": ["--no-cache"] + paths
        default: paths
        }
    }

    /// Runs every tool on `name` holding `bytes`; returns each tool's output, after checking no
    /// run crashed (a signal gives a status above 128) and importsort kept the bytes unless `rewritten`.
    static func runAll(
        _ name: String, _ bytes: [UInt8], rewritten: [UInt8]? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String: ToolProcess.Output] {
        let directory = try Fixtures.scratch(prefix: "hostile")
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var outputs: [String: ToolProcess.Output] = [:]
        for tool in tools {
            try Data(bytes).write(to: url)
            let output = try ToolProcess.tool(tool, arguments(tool, [name]), in: directory)
            #expect(output.status <= 2, "\(tool) on \(name) crashed: \(output.status) \(output.stderr)", sourceLocation: sourceLocation)
            let after = [UInt8](try Data(contentsOf: url))
            let expected = tool == "importsort" ? (rewritten ?? bytes) : bytes
            #expect(after == expected, "\(tool) changed \(name)", sourceLocation: sourceLocation)
            outputs[tool] = output
        }
        return outputs
    }

    @Test func notUTF8IsReportedAndUntouched() throws {
        var latin1 = Array("import Vapor\nimport Foundation\nlet s = \"caf".utf8)
        latin1 += [0xE9] + Array("\"\n".utf8)
        for (name, bytes) in [("latin1.swift", latin1), ("binary.swift", (0...255).map(UInt8.init) + [0, 0, 0xFF, 0xFE])] {
            let outputs = try Self.runAll(name, bytes)
            for tool in Self.tools {
                #expect(outputs[tool]?.status == 1, "\(tool) on \(name)")
                #expect(outputs[tool]?.stdout.hasPrefix("\(name):1:1: error: not valid UTF-8") == true, "\(tool): \(outputs[tool]?.stdout ?? "")")
            }
        }
    }

    @Test func emptyFileIsClean() throws {
        let outputs = try Self.runAll("empty.swift", [])
        for tool in Self.tools { #expect(outputs[tool]?.status == 0, "\(tool): \(outputs[tool]?.stdout ?? "")") }
    }

    @Test func tenMegabyteFileIsHandled() throws {
        // Mostly comment lines: the parser in a debug build reads about 1 MB/s of dense code.
        var source = "import Vapor\nimport Foundation\n\n"
        var index = 0
        while source.utf8.count < 10 << 20 {
            source += index % 20 == 0 ? "let value\(index) = \(index)\n" : "// padding to make a large file: the quick brown fox jumps over the lazy dog\n"
            index += 1
        }
        let sorted = source.replacingOccurrences(of: "import Vapor\nimport Foundation\n", with: "import Foundation\n\nimport Vapor\n")
        let outputs = try Self.runAll("Large.swift", Array(source.utf8), rewritten: Array(sorted.utf8))
        #expect(outputs["intxcheck"]?.status == 0 && outputs["importsort"]?.status == 0 && outputs["apigen"]?.status == 0)
    }

    /// swift-syntax's parser stops at a nesting depth (its `defaultMaximumNestingLevel`: 20 in
    /// debug builds, 256 in release); past it the file is a `parse-error`, never a crash.
    @Test func nestingJustUnderAndOverTheParserLimit() throws {
        #if DEBUG
        let limit = 20
        #else
        let limit = 256
        #endif
        func nested(_ depth: Int) -> [UInt8] {
            Array(("import B\nimport A\nlet x = " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth) + "\n").utf8)
        }
        let under = try Self.runAll("under.swift", nested(limit), rewritten: Array("import A\nimport B\n".utf8) + nested(limit).dropFirst(18))
        for tool in Self.tools { #expect(under[tool]?.status == 0, "\(tool): \(under[tool]?.stdout ?? "")") }
        let over = try Self.runAll("over.swift", nested(limit + 1))
        for tool in Self.tools {
            #expect(over[tool]?.status == 1)
            #expect(over[tool]?.stdout.contains("over.swift:3:") == true && over[tool]?.stdout.contains("maximum nesting level") == true,
                "\(tool): \(over[tool]?.stdout ?? "")")
        }
    }

    @Test func directoryNamedLikeASwiftFileAndSymlinkLoop() throws {
        let directory = try Fixtures.scratch(["x.swift/Inner.swift": "import B\nimport A\n", "Sources/Ok.swift": "let x = 1\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("Sources/loop").path, withDestinationPath: "..")
        for tool in Self.tools {
            let output = try ToolProcess.tool(tool, Self.arguments(tool, ["x.swift", "Sources"]).filter { $0 != "--check" }, in: directory)
            #expect(output.status == 0, "\(tool): \(output.stdout) \(output.stderr)")
        }
        #expect(try Fixtures.read(directory.appendingPathComponent("x.swift/Inner.swift")) == "import A\nimport B\n", "the directory's files are processed")
    }

    /// A file that disappears after discovery is an I/O error for that file (exit 2); the others are still checked.
    @Test func fileDeletedBetweenDiscoveryAndRead() throws {
        let directory = try Fixtures.scratch(["Gone.swift": "let x = 1\n", "Kept.swift": "import B\nimport A\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try FileDiscovery().swiftFiles(in: [directory.path])
        try FileManager.default.removeItem(at: directory.appendingPathComponent("Gone.swift"))
        let intxcheck = IntxCheckRunner(options: IntxCheckOptions()).check(files: files, cache: nil).diagnostics
        #expect(intxcheck.map(\.rule) == ["io-error"] && ExitStatus.code(for: intxcheck) == 2)
        let (rewritten, problems) = ImportSortRunner(options: ImportSortOptions()).rewrite(files: files, cache: nil)
        #expect(rewritten.count == 1 && problems.map(\.rule) == ["io-error"])
        #expect(try Fixtures.read(directory.appendingPathComponent("Kept.swift")) == "import A\nimport B\n")
        guard case .failure(let failure) = APIGenerator.readInputs(files) else {
            Issue.record("apigen must not generate from part of its inputs")
            return
        }
        #expect(failure.diagnostics.map(\.rule) == ["io-error"] && ExitStatus.code(for: failure.diagnostics) == 2)
    }

    @Test func namesWithSpacesPunctuationAndNonASCIILetters() throws {
        let name = "A B&C,d:e/Ünïcödé x.swift"
        let source = "import Vapor\nimport Foundation\n\nfunc save(store: Store) throws {\n    try store.inTx { tx in try store.insert(1) }\n}\n"
        let sorted = source.replacingOccurrences(of: "import Vapor\nimport Foundation\n", with: "import Foundation\n\nimport Vapor\n")
        let outputs = try Self.runAll(name, Array(source.utf8), rewritten: Array(sorted.utf8))
        #expect(outputs["intxcheck"]?.stdout.hasPrefix("\(name):5:32: error: outer store 'store'") == true, "\(outputs["intxcheck"]?.stdout ?? "")")
        #expect(outputs["importsort"]?.stderr.contains("sorted imports in \(name)") == true)
        #expect(outputs["apigen"]?.status == 0)
        let directory = try Fixtures.scratch([name: source])
        defer { try? FileManager.default.removeItem(at: directory) }
        let github = try ToolProcess.tool("intxcheck", ["--no-cache", "--format", "github", name], in: directory)
        #expect(github.stdout.hasPrefix("::error file=A B&C%2Cd%3Ae/Ünïcödé x.swift,line=5,col=32,"))
        let sarif = try ToolProcess.tool("intxcheck", ["--no-cache", "--format", "sarif", name], in: directory)
        #expect(sarif.stdout.contains("\"uri\" : \"A%20B%26C%2Cd%3Ae/%C3%9Cn%C3%AFc%C3%B6d%C3%A9%20x.swift\""))
    }

    @Test func lineEndingsSurvive() throws {
        let crlf = Array("import Vapor\r\nimport Foundation\r\n\r\nlet x = 1\r\n".utf8)
        _ = try Self.runAll("crlf.swift", crlf, rewritten: Array("import Foundation\r\n\r\nimport Vapor\r\n\r\nlet x = 1\r\n".utf8))
        let cr = Array("import Vapor\rimport Foundation\r\rlet x = 1\r".utf8)
        _ = try Self.runAll("cr.swift", cr, rewritten: Array("import Foundation\r\rimport Vapor\r\rlet x = 1\r".utf8))
    }

    @Test func headersStayOnTop() throws {
        let cases: [(String, String, String)] = [
            ("glued.swift", "// Copyright\nimport Vapor\nimport Foundation\n", "// Copyright\nimport Foundation\n\nimport Vapor\n"),
            ("Package.swift", "// swift-tools-version: 6.0\nimport PackageDescription\nimport Foundation\n",
             "// swift-tools-version: 6.0\nimport Foundation\nimport PackageDescription\n"),
            ("script.swift", "#!/usr/bin/env swift\nimport Vapor\nimport Foundation\n", "#!/usr/bin/env swift\nimport Foundation\n\nimport Vapor\n"),
        ]
        for (name, input, output) in cases {
            let outputs = try Self.runAll(name, Array(input.utf8), rewritten: Array(output.utf8))
            for tool in Self.tools { #expect(outputs[tool]?.status == 0, "\(tool) on \(name): \(outputs[tool]?.stdout ?? "")") }
        }
    }
}

import Foundation

import SwiftParser

import IntxCheckKit
import ToolSupport

/// `--index-store` on a large target: a generated 2,000-file target that compiles (the shape of
/// ``LargeTarget``, with a real `Store`), indexed once by `swiftc` as SwiftPM would, then checked
/// with and without its index. What reading the index adds is compared with parsing the target.
enum IndexedTarget {
    struct Measurement {
        let parse: Double
        let withoutIndex: Double
        let withIndex: Double
        let findingsWithout: Int
        let findingsWith: Int
    }

    /// Writes the target, indexes it with the `swift` on PATH, and measures; nil (with a reason
    /// on stderr) when the compiler or its libIndexStore cannot be run.
    static func measure(under directory: URL, count: Int, rounds: Int) throws -> Measurement? {
        let sources = directory.appendingPathComponent("Sources/App")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        var files: [String] = []
        for index in 0..<count {
            let url = sources.appendingPathComponent("File\(index).swift")
            try Data((index % 10 == 0 ? transactions(index) : LargeTarget.plain(index)).utf8).write(to: url)
            files.append(url.path)
        }
        let store = sources.appendingPathComponent("Store.swift")
        try Data(storeSource.utf8).write(to: store)
        files.append(store.path)
        let storePath = directory.appendingPathComponent("index/store").path
        // One frontend for the module, one object (and one index unit) per file: what a debug
        // build leaves in .build/debug/index/store.
        let objects = directory.appendingPathComponent("objects")
        try FileManager.default.createDirectory(at: objects, withIntermediateDirectories: true)
        let compiler = Process()
        compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compiler.arguments = ["swiftc", "-wmo", "-num-threads", "\(ProcessInfo.processInfo.activeProcessorCount)", "-c", "-module-name", "App",
            "-index-store-path", storePath, "-index-ignore-system-modules"] + files
        compiler.currentDirectoryURL = objects
        try compiler.run()
        compiler.waitUntilExit()
        guard compiler.terminationStatus == 0 else {
            FileHandle.standardError.write(Data("toolbench: swiftc could not index the generated target; --index-store row skipped\n".utf8))
            return nil
        }
        let options = IntxCheckOptions()
        var parse: [Double] = []
        var without: [Double] = []
        var with: [Double] = []
        var findingsWithout = 0
        var findingsWith = 0
        // Alternating round by round, as the dense corpus does: a busy neighbour hits all three alike.
        for _ in 0..<max(rounds, 3) {
            parse.append(seconds {
                _ = parallelMap(files) { path in
                    Parser.parse(source: String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)).statements.count
                }
            })
            without.append(seconds {
                findingsWithout = IntxCheckRunner(options: options).check(files: files, cache: nil).diagnostics.count
            })
            var failed = false
            with.append(seconds {
                var runner = IntxCheckRunner(options: options)
                do {
                    runner.index = try IndexedProgram(storePath: storePath)
                } catch {
                    FileHandle.standardError.write(Data("toolbench: \(error)\n".utf8))
                    failed = true
                    return
                }
                findingsWith = runner.check(files: files, cache: nil).diagnostics.count
            })
            if failed { return nil }
        }
        func middle(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        return Measurement(
            parse: middle(parse), withoutIndex: middle(without), withIndex: middle(with), findingsWithout: findingsWithout,
            findingsWith: findingsWith)
    }

    static let storeSource = """
        final class Tx {
            func insert(_ value: Int) throws {}
        }

        final class Store {
            func inTx(_ body: (Tx) throws -> Void) rethrows { try body(Tx()) }
            func insert(_ value: Int) throws {}
            func update(_ value: Int) throws {}
        }

        """

    /// ``LargeTarget/transactions(_:)`` in a form that compiles.
    static func transactions(_ index: Int) -> String {
        var lines = ["import Foundation", "", "final class Orders\(index) {", "    let store = Store()", "    let model = Model\(index + 1)()"]
        for method in 0..<8 {
            lines += [
                "    func place\(method)(_ items: [Int]) throws {",
                "        try store.inTx { tx in",
                "            try tx.insert(\(method))",
                "            try store.insert(\(method))",
                "            try model.record\(method % 4)(store)",
                "            try audit\(index + 1)(owner: self, id: \(method))",
                "        }",
                "    }",
            ]
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

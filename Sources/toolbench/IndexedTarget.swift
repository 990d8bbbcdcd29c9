import Foundation

import SwiftParser

import IndexStore
import IntxCheckKit
import ToolSupport

/// `--index-store` on a large target: a generated 2,000-file target that compiles (the shape of
/// ``LargeTarget``, with a real `Store`), indexed once by `swiftc` as SwiftPM would, then checked
/// with and without its index. What reading the index adds is compared with parsing the target.
enum IndexedTarget {
    /// One round's times: parse, opening and reading the index, intxcheck without and with it.
    struct Round {
        let parse: Double
        let readIndex: Double
        let withoutIndex: Double
        let withIndex: Double
    }

    struct Measurement {
        let rounds: [Round]
        let findingsWithout: Int
        let findingsWith: Int

        /// The median of each round's own ratio, and their range: single times on a shared
        /// machine move by more than the difference measured.
        func ratio(_ value: (Round) -> Double) -> (median: Double, low: Double, high: Double) {
            let ratios = rounds.map { value($0) / $0.parse }.sorted()
            return (ratios[ratios.count / 2], ratios.first!, ratios.last!)
        }

        func median(_ value: (Round) -> Double) -> Double {
            rounds.map(value).sorted()[rounds.count / 2]
        }
    }

    /// Writes the target, indexes it with the `swift` on PATH, and measures; nil (with a reason
    /// on stderr) when the compiler or its libIndexStore cannot be run.
    static func measure(under directory: URL, count: Int, rounds: Int) throws -> Measurement? {
        let sources = directory.appendingPathComponent("Sources/App")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        var files: [String] = []
        for index in 0..<count {
            let url = sources.appendingPathComponent("File\(index).swift")
            try Data((index % 10 == 0 ? LargeTarget.transactions(index, compiles: true) : LargeTarget.plain(index)).utf8).write(to: url)
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
        var measured: [Round] = []
        var findingsWithout = 0
        var findingsWith = 0
        // All four in every round, so a busy neighbour hits them alike; the ratios are per round.
        for _ in 0..<max(rounds, 5) {
            let parse = seconds {
                _ = parallelMap(files) { path in
                    Parser.parse(source: String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)).statements.count
                }
            }
            var program: IndexedProgram?
            let read = seconds {
                program = try? IndexedProgram(storePath: storePath)
                program?.readAll()
            }
            guard program != nil else {
                FileHandle.standardError.write(Data("toolbench: cannot open the generated target's index; --index-store row skipped\n".utf8))
                return nil
            }
            let without = seconds {
                findingsWithout = IntxCheckRunner(options: options).check(files: files, cache: nil).diagnostics.count
            }
            let with = seconds {
                var runner = IntxCheckRunner(options: options)
                runner.index = try? IndexedProgram(storePath: storePath)
                findingsWith = runner.check(files: files, cache: nil).diagnostics.count
            }
            measured.append(Round(parse: parse, readIndex: read, withoutIndex: without, withIndex: with))
        }
        return Measurement(rounds: measured, findingsWithout: findingsWithout, findingsWith: findingsWith)
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
}

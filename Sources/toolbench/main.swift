import Foundation

import SwiftParser

import ImportSortKit
import IntxCheckKit
import ToolSupport

// `make bench`: one run over a fixed corpus measures, in wall time,
//   (a) parse-only with SwiftParser (the floor every tool pays),
//   (b) intxcheck with a cold cache, (c) intxcheck with a warm cache,
//   (d) importsort --check (no cache),
//   (e) intxcheck on one edited file of a generated 2,000-file target, warm,
//   (f) what `--index-store` adds on a 2,000-file target that compiles (indexed by swiftc first),
//   (g) apigen --verify-routes against a plain generation run on a generated 750-file app,
// and prints b/a, c/a, d/a and e against the target's cold run. Each figure is the median of several rounds; ratios are taken
// within the same run because single times on a shared machine are noise.

let usage = """
    usage: toolbench CORPUS_DIR…
    Measures parse-only, intxcheck (no cache, cold, warm, after an edit) and importsort --check over
    the Swift files under the directories, and prints each time with its ratio to the parse. The
    rounds per figure (median) come from BENCH_ROUNDS (default 3). `make bench` runs it on the
    package's checkouts.

    """
let arguments = Array(CommandLine.arguments.dropFirst())
let rounds = Int(ProcessInfo.processInfo.environment["BENCH_ROUNDS"] ?? "") ?? 3
if arguments.contains(where: { ["-h", "--help"].contains($0) }) {
    print(usage, terminator: "")
    exit(0)
}
guard !arguments.isEmpty, !arguments.contains(where: { $0.hasPrefix("-") }) else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
let files: [String]
do throws(DiscoveryError) {
    files = try FileDiscovery().swiftFiles(in: arguments)
} catch {
    FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
    exit(2)
}
let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
print("corpus: \(files.count) files, \(bytes / 1024) KiB, \(ProcessInfo.processInfo.activeProcessorCount) cores, \(rounds) rounds (median)")

func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ work: () -> Void) -> Double {
    let times = (0..<rounds).map { _ in seconds(work) }.sorted()
    return times[times.count / 2]
}

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("toolbench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

let parseOnly = median {
    let counts: [Int] = parallelMap(files) { path in
        let source = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        return Parser.parse(source: source).statements.count
    }
    precondition(counts.count == files.count)
}

// Not a target: separates the analysis from the cache's own cost (hashing, SQLite writes).
let intxNoCache = median {
    _ = IntxCheckRunner(options: IntxCheckOptions()).check(files: files, cache: nil)
}

var findings = 0
var coldRound = 0
let intxCold = median {
    coldRound += 1
    let cache = ResultCache(path: scratch.appendingPathComponent("cold-\(coldRound).sqlite").path) { print($0) }
    findings = IntxCheckRunner(options: IntxCheckOptions()).check(files: files, cache: cache).diagnostics.count
}

let warmCachePath = scratch.appendingPathComponent("warm.sqlite").path
_ = IntxCheckRunner(options: IntxCheckOptions()).check(files: files, cache: ResultCache(path: warmCachePath) { print($0) })
var warmHits = 0
let intxWarm = median {
    let result = IntxCheckRunner(options: IntxCheckOptions()).check(files: files, cache: ResultCache(path: warmCachePath) { print($0) })
    warmHits = result.cacheHits
}

let importSorter = ImportSortRunner(options: ImportSortOptions())
var unsorted = 0
let importCheck = median {
    unsorted = importSorter.check(files: files, cache: nil).diagnostics.count
}

// Pre-commit after an edit: the cache is warm except for the one file changed. The corpus is
// copied so the edit never touches the checkouts.
let touchedCorpus = scratch.appendingPathComponent("touched")
try FileManager.default.createDirectory(at: touchedCorpus, withIntermediateDirectories: true)
for (index, argument) in arguments.enumerated() {
    try FileManager.default.copyItem(atPath: argument, toPath: touchedCorpus.appendingPathComponent("\(index)").path)
}
let touchedFiles = try FileDiscovery().swiftFiles(in: [touchedCorpus.path])
let touchedCachePath = scratch.appendingPathComponent("touched.sqlite").path
_ = IntxCheckRunner(options: IntxCheckOptions()).check(files: touchedFiles, cache: ResultCache(path: touchedCachePath) { print($0) })
var touchRound = 0
var touchedChecked = 0
let intxTouched = median {
    touchRound += 1
    let victim = touchedFiles[touchedFiles.count / 2]
    let handle = FileHandle(forWritingAtPath: victim)!
    handle.seekToEndOfFile()
    handle.write(Data("\n// touched \(touchRound)\n".utf8))
    handle.closeFile()
    let result = IntxCheckRunner(options: IntxCheckOptions()).check(files: touchedFiles, cache: ResultCache(path: touchedCachePath) { print($0) })
    touchedChecked = result.checked
}

// Pre-commit after an edit in a large target: the hook passes only the changed file, whose
// transactions need the facts of the rest of its target. Measured against the cold run of the
// whole target, which is what a cache must save.
let largeFiles = try LargeTarget.write(under: scratch.appendingPathComponent("large"), count: 2_000)
var largeColdRound = 0
let largeCold = median {
    largeColdRound += 1
    let cache = ResultCache(path: scratch.appendingPathComponent("large-cold-\(largeColdRound).sqlite").path) { print($0) }
    _ = IntxCheckRunner(options: IntxCheckOptions()).check(files: largeFiles, cache: cache)
}
let largeCachePath = scratch.appendingPathComponent("large.sqlite").path
_ = IntxCheckRunner(options: IntxCheckOptions()).check(files: largeFiles, cache: ResultCache(path: largeCachePath) { print($0) })
let editedFile = largeFiles[1_000]
var editRound = 0
var editedFindings = 0
let largeEdited = median {
    editRound += 1
    let handle = FileHandle(forWritingAtPath: editedFile)!
    handle.seekToEndOfFile()
    handle.write(Data("// edited \(editRound)\n".utf8))
    handle.closeFile()
    editedFindings = IntxCheckRunner(options: IntxCheckOptions()).check(files: [editedFile], cache: ResultCache(path: largeCachePath) { print($0) })
        .diagnostics.count
}

func middle(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func row(_ label: String, _ time: Double, ratio: Double?, target: Double?, of base: String = "parse") -> String {
    let padded = label.padding(toLength: 34, withPad: " ", startingAt: 0)
    var line = padded + String(format: "%8.3f s", time)
    if let ratio { line += String(format: "   %5.2f× ", ratio) + base }
    if let target, let ratio { line += ratio <= target ? "   (target ≤ \(target): met)" : "   (target ≤ \(target): MISSED)" }
    return line
}

print(row("(a) parse only (SwiftParser)", parseOnly, ratio: nil, target: nil))
print(row("    intxcheck, no cache (info)", intxNoCache, ratio: intxNoCache / parseOnly, target: nil))
print(row("(b) intxcheck, cold cache", intxCold, ratio: intxCold / parseOnly, target: 1.5))
print(row("(c) intxcheck, warm cache", intxWarm, ratio: intxWarm / parseOnly, target: 0.15))
print(row("    warm after touching one file", intxTouched, ratio: intxTouched / parseOnly, target: nil))
print(row("(d) importsort --check", importCheck, ratio: importCheck / parseOnly, target: 1.2))
print(row("    2,000-file target, cold", largeCold, ratio: nil, target: nil))
print(row("(e) one edited file of it, warm", largeEdited, ratio: largeEdited / largeCold, target: 0.08, of: "cold"))
print("intxcheck findings: \(findings); warm-cache hits: \(warmHits)/\(files.count); checked after the touch: \(touchedChecked); files importsort would change: \(unsorted); findings in the edited file: \(editedFindings)")

// (f) Reading the index of a 2,000-file target adds at most its parse time.
if let indexed = try IndexedTarget.measure(under: scratch.appendingPathComponent("indexed"), count: 2_000, rounds: rounds) {
    let read = indexed.ratio(\.readIndex)
    let added = indexed.ratio { $0.withIndex - $0.withoutIndex }
    print("")
    print("2,000-file target that compiles, indexed by swiftc: \(indexed.rounds.count) rounds, ratios per round")
    print(row("    parse only", indexed.median(\.parse), ratio: nil, target: nil))
    print(row("    intxcheck, no index", indexed.median(\.withoutIndex), ratio: indexed.ratio(\.withoutIndex).median, target: nil))
    print(row("    intxcheck --index-store", indexed.median(\.withIndex), ratio: indexed.ratio(\.withIndex).median, target: nil))
    print(row("(f) opening and reading the index", indexed.median(\.readIndex), ratio: read.median, target: 1.0))
    print(String(format: "    reading: %.2f× to %.2f×; added to the check: %.2f× (%.2f× to %.2f×)", read.low, read.high, added.median, added.low, added.high)
        + "; findings without the index: \(indexed.findingsWithout), with it: \(indexed.findingsWith)")
}

// (g) `--verify-routes` on a 750-file app costs at most half again a plain generation run.
let routeApp = try RouteApp.measure(under: scratch.appendingPathComponent("route-app"), rounds: max(rounds, 5), seconds: seconds)
print("")
print("generated 750-file Hummingbird 2 app, \(RouteApp.controllers) controllers sharing addRoutes(to:), \(routeApp.rounds.count) rounds, ratios per round")
print(row("    apigen --openapi, no cache", middle(routeApp.rounds.map(\.generate)), ratio: nil, target: nil))
print(row("(g) the same with --verify-routes", middle(routeApp.rounds.map(\.verify)), ratio: middle(routeApp.ratios), target: 1.5, of: "generation"))
print(String(format: "    ratio per round: %.2f× to %.2f×; route findings: \(routeApp.findings)", routeApp.ratios.first!, routeApp.ratios.last!))

// Not a target: the real corpus has no transactions, so scope lookups barely run there. This
// generated corpus is all transactions (300 files, 20 closures each, outer-store uses, aliases,
// helpers declared in an extension in a second file per type, static helpers and free functions
// handed the store's owner) and shows what the analysis itself costs when it has work to do.
let denseDirectory = scratch.appendingPathComponent("dense")
try FileManager.default.createDirectory(at: denseDirectory, withIntermediateDirectories: true)
for file in 0..<300 {
    var lines = ["import Foundation", "", "final class Service\(file) {", "    let store: Store", "    let logger: Logger"]
    let statements = [
        "try tx.insert(K)", "try store.insert(K)", "try outer.insert(K)", "try helperK()",
        "items.forEach { x in try? tx.insert(x + K) }", "logger.info(\"K\")", "let vK = items.count; _ = vK",
        "try Service\(file).purgeK(on: tx)", "try archive\(file)(owner: self, id: K)",
    ]
    for method in 0..<20 {
        lines += ["    func op\(method)(_ items: [Int]) async throws {", "        let outer = self.store", "        try await store.inTx { tx in"]
        lines += (0..<15).map { index in
            "            " + statements[(file * 7 + method * 3 + index) % statements.count].replacingOccurrences(of: "K", with: String(index))
        }
        lines += ["        }", "    }"]
    }
    lines.append("}")
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: denseDirectory.appendingPathComponent("Service\(file).swift"))
    var helpers = ["extension Service\(file) {"]
    helpers += (0..<20).map { "    func helper\($0)() throws { try store.insert(\($0)) }" }
    helpers += (0..<15).map { "    static func purge\($0)(on db: Connection) throws { try db.delete(\($0)) }" }
    helpers += ["}", "", "func archive\(file)(owner: Service\(file), id: Int) throws { try owner.store.update(id) }"]
    try Data((helpers.joined(separator: "\n") + "\n").utf8).write(to: denseDirectory.appendingPathComponent("Service\(file)+Helpers.swift"))
}
let denseFiles = try FileDiscovery().swiftFiles(in: [denseDirectory.path])
// A run here takes about a second, where a busy neighbour moves single times by a third: parse
// and check alternate round by round, and the ratio is the median of the rounds' own ratios.
var denseFindings = 0
var denseRounds: [(parse: Double, check: Double)] = []
for _ in 0..<max(rounds, 5) {
    let parse = seconds {
        _ = parallelMap(denseFiles) { path in
            Parser.parse(source: String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)).statements.count
        }
    }
    let check = seconds {
        denseFindings = IntxCheckRunner(options: IntxCheckOptions()).check(files: denseFiles, cache: nil).diagnostics.count
    }
    denseRounds.append((parse, check))
}
let denseRatios = denseRounds.map { $0.check / $0.parse }.sorted()
print("")
print("generated transaction-dense corpus: \(denseFiles.count) files, 6,000 transaction closures, helpers in other files, \(denseRounds.count) rounds")
print(row("    parse only", middle(denseRounds.map(\.parse)), ratio: nil, target: nil))
print(row("    intxcheck, no cache", middle(denseRounds.map(\.check)), ratio: middle(denseRatios), target: 4))
print(String(format: "    ratio per round: %.2f× to %.2f×; findings: \(denseFindings)", denseRatios.first!, denseRatios.last!))

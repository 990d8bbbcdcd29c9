import Foundation
import Testing

import ImportSortKit
import TestSupport
import ToolSupport

/// Golden tests: `testdata/importsort/NAME.input.swift` formats to `NAME.golden.swift`.
/// `UPDATE_GOLDEN=1 swift test` rewrites the golden files instead of comparing.
enum ImportSortGolden {
    static let directory = Fixtures.testdata.appendingPathComponent("importsort")

    static var caseNames: [String] { Fixtures.names(in: "importsort", suffix: ".input.swift") }

    /// The package's own modules in every case, plus what a `// importsort-flags:` line adds.
    static func classifier(for source: String) -> ModuleClassifier {
        var classifier = ModuleClassifier(localModules: ["MyCore", "MyApp"])
        let words = Fixtures.flags(in: source, tool: "importsort")
        for (flag, value) in zip(words, words.dropFirst()) {
            if flag == "--local" { classifier.localModules.insert(value) }
            if flag == "--system" { classifier.extraSystemModules.insert(value) }
        }
        return classifier
    }

    static func format(_ source: String) -> String {
        switch ImportSorter.format(source, file: "golden.swift", classifier: classifier(for: source)) {
        case .unchanged: return source
        case .changed(let output): return output
        case .parseError(let diagnostic): return "PARSE ERROR: \(diagnostic.message)"
        }
    }

    static func read(_ url: URL) throws -> String { try Fixtures.read(url) }
}

@Suite struct ImportSortGoldenTests {
    @Test func casesExist() {
        #expect(ImportSortGolden.caseNames.count >= 10)
    }

    @Test(arguments: ImportSortGolden.caseNames)
    func golden(_ name: String) throws {
        let input = try ImportSortGolden.read(ImportSortGolden.directory.appendingPathComponent("\(name).input.swift"))
        let goldenURL = ImportSortGolden.directory.appendingPathComponent("\(name).golden.swift")
        let output = ImportSortGolden.format(input)
        if Fixtures.updateGolden {
            try Data(output.utf8).write(to: goldenURL)
            return
        }
        let golden = try ImportSortGolden.read(goldenURL)
        #expect(Array(output.utf8) == Array(golden.utf8), "\(name): output differs from golden file:\n\(UnifiedDiff.make(old: golden, new: output, path: name))")
        // Running twice gives the bytes of running once.
        #expect(ImportSortGolden.format(output) == output, "\(name) is not idempotent")
    }

    @Test func unsortedInputsReallyChange() throws {
        // Guards the golden files themselves: only the already-sorted case may be a no-op.
        for name in ImportSortGolden.caseNames where name != "already_sorted" {
            let input = try ImportSortGolden.read(ImportSortGolden.directory.appendingPathComponent("\(name).input.swift"))
            #expect(ImportSortGolden.format(input) != input, "\(name) does not exercise a change")
        }
    }

    @Test func fileThatDoesNotParseIsLeftAlone() {
        let source = "import B\nimport A\nfunc broken( {\n"
        guard case .parseError(let diagnostic) = ImportSorter.format(source, file: "x.swift", classifier: ModuleClassifier()) else {
            Issue.record("expected a parse error")
            return
        }
        #expect(diagnostic.file == "x.swift")
        #expect(diagnostic.line == 3)
    }

    @Test func originIsDecidedByFirstPathComponent() {
        let classifier = ModuleClassifier(localModules: ["Core"], extraSystemModules: ["Kitura"])
        #expect(classifier.origin(of: "Darwin.C") == .system)
        #expect(classifier.origin(of: "Foundation") == .system)
        #expect(classifier.origin(of: "FoundationEssentials") == .system)
        #expect(classifier.origin(of: "Kitura") == .system)
        #expect(classifier.origin(of: "Core.Models") == .local)
        #expect(classifier.origin(of: "Vapor") == .thirdParty)
    }
}

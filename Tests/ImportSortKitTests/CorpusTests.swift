import Foundation
import Testing

import SwiftParser
import SwiftSyntax

import ImportSortKit
import TestSupport
import ToolSupport

/// importsort over real code: every Swift file of swift-syntax and swift-argument-parser, as
/// checked out by the package manager for this build.
@Suite struct ImportSortCorpusTests {
    static let checkouts = Fixtures.root.appendingPathComponent(".build/checkouts")

    static func corpus() throws -> [String] {
        let roots = ["swift-syntax", "swift-argument-parser"].map { checkouts.appendingPathComponent($0).path }
        return try FileDiscovery().swiftFiles(in: roots)
    }

    @Test func realSourcesKeepEverythingButImportOrder() throws {
        let files = try Self.corpus()
        #expect(files.count > 500, "the checkouts under .build/checkouts are missing; run swift build first")
        let runner = ImportSortRunner(options: ImportSortOptions())
        let results: [(changed: Bool, problem: String)] = parallelMap(files) { path in
            guard let data = FileManager.default.contents(atPath: path) else { return (false, "\(path): unreadable") }
            let source = String(decoding: data, as: UTF8.self)
            switch runner.format(source, path: path) {
            case .unchanged:
                return (false, "")
            case .parseError(let diagnostic):
                // Refusing is right only for a file the parser itself rejects.
                return (false, Parser.parse(source: source).hasError ? "" : "\(path): reported as not parsing: \(diagnostic.message)")
            case .changed(let output):
                return (true, Self.problems(original: source, formatted: output, path: path, runner: runner))
            }
        }
        let failures = results.map(\.problem).filter { !$0.isEmpty }
        #expect(failures.isEmpty, "\(failures.prefix(20).joined(separator: "\n"))")
        #expect(results.filter(\.changed).count > 100, "the corpus must exercise rewrites")
    }

    /// The corpus checks must be able to fail: a moved header, a reordered comment, an output
    /// that does not parse.
    @Test func corpusChecksCatchDamage() {
        let runner = ImportSortRunner(options: ImportSortOptions())
        let original = "// Header\nimport B\nimport A\n\n// one\nlet x = 1\n// two\nlet y = 2\n"
        #expect(Self.problems(original: original, formatted: "import A\n// Header\nimport B\n\n// one\nlet x = 1\n// two\nlet y = 2\n", path: "h", runner: runner)
            .contains("header"))
        #expect(Self.problems(original: original, formatted: "// Header\nimport A\nimport B\n\n// two\nlet x = 1\n// one\nlet y = 2\n", path: "c", runner: runner)
            .contains("comments"))
        #expect(Self.problems(original: original, formatted: "// Header\nimport A\nimport B\n\n// one\nlet x = (1\n// two\nlet y = 2\n", path: "p", runner: runner)
            .contains("does not parse"))
        #expect(Self.problems(original: original, formatted: "// Header\nimport A\nimport B\n\n// one\nlet x = 1\n// two\nlet y = 2\n", path: "ok", runner: runner)
            == "")
    }

    static func problems(original: String, formatted: String, path: String, runner: ImportSortRunner) -> String {
        let tree = Parser.parse(source: formatted)
        if tree.hasError { return "\(path): output does not parse" }
        let before = Self.split(original)
        let after = Self.split(formatted)
        // Everything before the first import is the header: byte for byte the same.
        if before.header != after.header { return "\(path): the header before the first import changed" }
        // The same imports; only exact duplicates may go.
        let beforeCounts = Dictionary(before.imports.map { ($0, 1) }, uniquingKeysWith: +)
        let afterCounts = Dictionary(after.imports.map { ($0, 1) }, uniquingKeysWith: +)
        if Set(beforeCounts.keys) != Set(afterCounts.keys) || afterCounts.contains(where: { $0.value > beforeCounts[$0.key]! }) {
            return "\(path): import declarations differ"
        }
        if before.code != after.code { return "\(path): a non-import line changed" }
        // Comments outside the imports keep their order; those among the imports move with them.
        if before.outsideComments != after.outsideComments { return "\(path): comments outside the imports were moved, lost or added" }
        if before.comments.sorted() != after.comments.sorted() { return "\(path): comments were lost or added" }
        if case .changed = runner.format(formatted, path: path) { return "\(path): not idempotent" }
        return ""
    }

    /// The bytes before the first import's line, the import declarations, the other code lines
    /// in order, every comment line, and the comment lines outside the import lines, in order.
    static func split(_ source: String)
        -> (header: String, imports: [String], code: [String], comments: [String], outsideComments: [String])
    {
        let tree = Parser.parse(source: source)
        let converter = SourceLocationConverter(fileName: "", tree: tree)
        let collector = ImportCollector(viewMode: .sourceAccurate)
        collector.walk(tree)
        var importLines = Set<Int>()
        for decl in collector.imports {
            let first = converter.location(for: decl.positionAfterSkippingLeadingTrivia).line
            let last = converter.location(for: decl.endPositionBeforeTrailingTrivia).line
            importLines.formUnion(first...last)
        }
        let importSpan = (importLines.min() ?? 0)...(importLines.max() ?? 0)
        var header = ""
        var code: [String] = []
        var comments: [String] = []
        var outsideComments: [String] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if importLines.isEmpty || index + 1 < importSpan.lowerBound { header += line + "\n" }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if importLines.contains(index + 1) || trimmed.isEmpty { continue }
            if trimmed.hasPrefix("//") || trimmed.hasPrefix("/*") || trimmed.hasPrefix("*") {
                comments.append(trimmed)
                if !importSpan.contains(index + 1) { outsideComments.append(trimmed) }
            } else {
                code.append(String(line))
            }
        }
        return (header, collector.imports.map(\.trimmedDescription), code, comments, outsideComments)
    }

    final class ImportCollector: SyntaxVisitor {
        var imports: [ImportDeclSyntax] = []
        override func visit(_ node: ImportDeclSyntax) -> SyntaxVisitorContinueKind {
            imports.append(node)
            return .skipChildren
        }
    }
}

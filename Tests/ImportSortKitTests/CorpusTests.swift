import Foundation
import Testing

import SwiftParser
import SwiftSyntax

import ImportSortKit
import ToolSupport

/// importsort over real code: every Swift file of swift-syntax and swift-argument-parser, as
/// checked out by the package manager for this build.
@Suite struct ImportSortCorpusTests {
    static let checkouts = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/checkouts")

    static func corpus() throws -> [String] {
        let roots = ["swift-syntax", "swift-argument-parser"].map { checkouts.appendingPathComponent($0).path }
        return try FileDiscovery().swiftFiles(in: roots)
    }

    @Test func realSourcesKeepEverythingButImportOrder() throws {
        let files = try Self.corpus()
        #expect(files.count > 500, "the checkouts under .build/checkouts are missing; run swift build first")
        let runner = ImportSortRunner(options: ImportSortOptions())
        let failures: [String] = parallelMap(files) { path in
            guard let data = FileManager.default.contents(atPath: path) else { return "\(path): unreadable" }
            let source = String(decoding: data, as: UTF8.self)
            guard case .changed(let output) = runner.format(source, path: path) else { return "" }
            return Self.problems(original: source, formatted: output, path: path, runner: runner)
        }.filter { !$0.isEmpty }
        #expect(failures.isEmpty, "\(failures.prefix(20).joined(separator: "\n"))")
    }

    static func problems(original: String, formatted: String, path: String, runner: ImportSortRunner) -> String {
        let tree = Parser.parse(source: formatted)
        if tree.hasError { return "\(path): output does not parse" }
        let before = Self.split(original)
        let after = Self.split(formatted)
        // The same imports; only exact duplicates may go.
        let beforeCounts = Dictionary(before.imports.map { ($0, 1) }, uniquingKeysWith: +)
        let afterCounts = Dictionary(after.imports.map { ($0, 1) }, uniquingKeysWith: +)
        if Set(beforeCounts.keys) != Set(afterCounts.keys) || afterCounts.contains(where: { $0.value > beforeCounts[$0.key]! }) {
            return "\(path): import declarations differ"
        }
        if before.code != after.code { return "\(path): a non-import line changed" }
        if before.comments.sorted() != after.comments.sorted() { return "\(path): comments were lost or added" }
        if case .changed = runner.format(formatted, path: path) { return "\(path): not idempotent" }
        return ""
    }

    /// The import declarations, the other code lines in order, and the comment lines (which may
    /// move with their imports).
    static func split(_ source: String) -> (imports: [String], code: [String], comments: [String]) {
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
        var code: [String] = []
        var comments: [String] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if importLines.contains(index + 1) || trimmed.isEmpty { continue }
            if trimmed.hasPrefix("//") || trimmed.hasPrefix("/*") || trimmed.hasPrefix("*") {
                comments.append(trimmed)
            } else {
                code.append(String(line))
            }
        }
        return (collector.imports.map(\.trimmedDescription), code, comments)
    }

    final class ImportCollector: SyntaxVisitor {
        var imports: [ImportDeclSyntax] = []
        override func visit(_ node: ImportDeclSyntax) -> SyntaxVisitorContinueKind {
            imports.append(node)
            return .skipChildren
        }
    }
}

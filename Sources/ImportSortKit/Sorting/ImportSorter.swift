import SwiftParser
import SwiftSyntax

import ToolSupport

/// The outcome of formatting one file's text.
public enum ImportSortOutcome: Equatable, Sendable {
    case unchanged
    case changed(String)
    /// The file does not parse; it must be left as it is.
    case parseError(Diagnostic)
}

/// Groups and sorts the leading imports of a Swift file: system, third-party, local, one blank
/// line between groups. Only the import regions are rewritten; every other byte is kept.
public enum ImportSorter {
    /// The edits that sort the file's imports; empty when they are in order.
    public static func edits(in tree: SourceFileSyntax, bytes: [UInt8], classifier: ModuleClassifier) -> [TextEdit] {
        ImportRegions.find(in: tree).enumerated().compactMap { index, region in
            rewrite(region, isFileStart: index == 0, bytes: bytes, classifier: classifier)
        }
    }

    /// Formats source text: for standard input, goldens and tests.
    public static func format(_ source: String, file: String, classifier: ModuleClassifier) -> ImportSortOutcome {
        let tree = Parser.parse(source: source)
        if let error = ParseCheck.firstError(in: tree, file: file) { return .parseError(error) }
        let bytes = Array(source.utf8)
        let edits = edits(in: tree, bytes: bytes, classifier: classifier)
        guard !edits.isEmpty else { return .unchanged }
        return .changed(String(decoding: TextEdit.apply(edits, to: bytes), as: UTF8.self))
    }

    /// The new text for one run of imports, or nil when it is already in order.
    ///
    /// Comments between imports, and directly above one, travel with it. Above the file's first
    /// import nothing travels: that is the file header (a `#!` line, `// swift-tools-version`, a
    /// license), glued to the import or not, and it must stay where it is.
    private static func rewrite(
        _ region: [CodeBlockItemSyntax], isFileStart: Bool, bytes: [UInt8], classifier: ModuleClassifier
    ) -> TextEdit? {
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

        var entries: [ImportEntry] = []
        var regionStart = 0
        for (index, item) in region.enumerated() {
            guard let decl = item.item.as(ImportDeclSyntax.self) else { continue }
            let itemStart = item.position.utf8Offset
            let lines = TriviaLines(item.leadingTrivia, startingAt: itemStart)
            var commentLines: [TriviaLines.Line] = []
            if index > 0 {
                commentLines = lines.lines.filter { $0.kind != .blank }
            } else if !isFileStart {
                // A later region's first import takes only the comments directly above it.
                for line in lines.lines.reversed() {
                    guard line.kind == .comment else { break }
                    commentLines.insert(line, at: 0)
                }
            }
            let bodyStart = item.positionAfterSkippingLeadingTrivia.utf8Offset
            // Indentation is the spaces and tabs right before the import; anything else on that
            // line (a byte-order mark at the start of the file) stays where it is.
            var indentationStart = bodyStart
            while indentationStart > lines.lastLineStart, bytes[indentationStart - 1] == 0x20 || bytes[indentationStart - 1] == 0x09 {
                indentationStart -= 1
            }
            if index == 0 { regionStart = commentLines.first?.start ?? indentationStart }
            var indentation = text(indentationStart..<bodyStart)
            if index > 0, !lines.containsLineBreak { indentation = entries.first?.indentation ?? "" }
            entries.append(ImportEntry(
                decl: decl, commentLines: commentLines.map { text($0.start..<$0.contentEnd) }, indentation: indentation,
                text: text(bodyStart..<item.endPosition.utf8Offset), classifier: classifier))
        }
        guard let last = region.last else { return nil }
        let regionEnd = last.endPosition.utf8Offset
        let original = Array(bytes[regionStart..<regionEnd])
        let lineBreak = original.lineBreak

        var groups: [ModuleOrigin: [ImportEntry]] = [:]
        for entry in removingDuplicates(entries) { groups[entry.origin, default: []].append(entry) }
        let blocks = ModuleOrigin.allCases.compactMap { origin -> String? in
            guard let group = groups[origin]?.sorted(by: ImportEntry.inOrder) else { return nil }
            return group.flatMap { $0.commentLines + [$0.indentation + $0.text] }.joined(separator: lineBreak)
        }
        let replacement = blocks.joined(separator: lineBreak + lineBreak)
        return Array(replacement.utf8) == original ? nil : TextEdit(start: regionStart, end: regionEnd, replacement: replacement)
    }

    /// Drops repeated declarations, keeping the first; a dropped one's comments move to the kept one.
    private static func removingDuplicates(_ entries: [ImportEntry]) -> [ImportEntry] {
        var kept: [ImportEntry] = []
        var indexByDeclaration: [String: Int] = [:]
        for entry in entries {
            guard let index = indexByDeclaration[entry.declaration] else {
                indexByDeclaration[entry.declaration] = kept.count
                kept.append(entry)
                continue
            }
            kept[index].commentLines += entry.commentLines
            if entry.text != kept[index].text {
                let trailing = entry.text.dropFirst(entry.declaration.count).trimmingWhitespace
                if !trailing.isEmpty { kept[index].commentLines.append(entry.indentation + trailing) }
            }
        }
        return kept
    }
}

/// The runs of imports that get sorted: the leading imports of the file, split by `#if` blocks,
/// and the imports inside each clause of those blocks.
enum ImportRegions {
    static func find(in tree: SourceFileSyntax) -> [[CodeBlockItemSyntax]] {
        var regions: [[CodeBlockItemSyntax]] = []
        collect(tree.statements, into: &regions)
        return regions
    }

    private static func collect(_ items: CodeBlockItemListSyntax, into regions: inout [[CodeBlockItemSyntax]]) {
        var run: [CodeBlockItemSyntax] = []
        func flush() {
            if !run.isEmpty { regions.append(run) }
            run = []
        }
        for item in items {
            if item.item.is(ImportDeclSyntax.self) {
                run.append(item)
            } else if let ifConfig = item.item.as(IfConfigDeclSyntax.self), holdsOnlyImports(ifConfig) {
                flush()
                for clause in ifConfig.clauses {
                    if case .statements(let statements) = clause.elements { collect(statements, into: &regions) }
                }
            } else {
                break
            }
        }
        flush()
    }

    private static func holdsOnlyImports(_ ifConfig: IfConfigDeclSyntax) -> Bool {
        ifConfig.clauses.allSatisfy { clause in
            guard let elements = clause.elements else { return true }
            guard case .statements(let statements) = elements else { return false }
            return statements.allSatisfy { item in
                item.item.is(ImportDeclSyntax.self) || item.item.as(IfConfigDeclSyntax.self).map(holdsOnlyImports) == true
            }
        }
    }
}

extension [UInt8] {
    /// The line break the text uses: CRLF if it has one, a lone CR (classic Mac) if it has no
    /// LF, else LF.
    var lineBreak: String {
        var sawCR = false
        for (index, byte) in enumerated() {
            if byte == 13 {
                if index + 1 < count && self[index + 1] == 10 { return "\r\n" }
                sawCR = true
            } else if byte == 10 {
                return "\n"
            }
        }
        return sawCR ? "\r" : "\n"
    }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        String(self.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

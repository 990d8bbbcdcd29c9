import SwiftSyntax

import ToolSupport

/// `// intxcheck:ignore [reason]` comments. A marker silences one finding on its own line or on
/// the line below it; markers that silence nothing can be reported.
struct IgnoreMarkers {
    static let marker = "intxcheck:ignore"

    struct Marker {
        let line: Int
        let column: Int
        var used = false
    }

    private(set) var markers: [Marker] = []

    init(tree: SourceFileSyntax, converter: SourceLocationConverter) {
        markers = tree.commentLines(converter: converter, where: { kind, text in kind == .line && Self.isMarker(text) }).map {
            Marker(line: $0.line, column: $0.column)
        }
    }

    /// `// intxcheck:ignore` or `//intxcheck:ignore some reason`, not `// intxcheck:ignored`.
    static func isMarker(_ comment: String) -> Bool {
        let body = comment.dropFirst(2).drop { $0 == " " || $0 == "\t" }
        guard body.hasPrefix(marker) else { return false }
        let rest = body.dropFirst(marker.count)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    /// Marks and reports the marker that silences a finding on `line`, preferring one on the line itself.
    mutating func suppress(line: Int) -> Bool {
        let index = markers.firstIndex { $0.line == line && !$0.used } ?? markers.firstIndex { $0.line == line - 1 && !$0.used }
        guard let index else { return false }
        markers[index].used = true
        return true
    }

    var unused: [Marker] { markers.filter { !$0.used } }
}

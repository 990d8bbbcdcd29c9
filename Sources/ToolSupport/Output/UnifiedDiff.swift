/// A unified diff (`diff -u` style) between two versions of a file, for `--diff`.
public enum UnifiedDiff {
    /// Empty when the texts are equal. Changes are found by longest common subsequence over the
    /// lines between the common prefix and suffix, which for import edits is a few dozen lines.
    public static func make(old: String, new: String, path: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let oldLines = lines(old)
        let newLines = lines(new)
        var prefix = 0
        while prefix < oldLines.count, prefix < newLines.count, oldLines[prefix] == newLines[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < oldLines.count - prefix, suffix < newLines.count - prefix,
            oldLines[oldLines.count - 1 - suffix] == newLines[newLines.count - 1 - suffix]
        {
            suffix += 1
        }
        let oldMiddle = Array(oldLines[prefix..<(oldLines.count - suffix)])
        let newMiddle = Array(newLines[prefix..<(newLines.count - suffix)])
        let leading = max(0, prefix - context)
        let trailing = min(suffix, context)

        var body: [String] = []
        for line in oldLines[leading..<prefix] { body.append(" " + line) }
        body += middle(oldMiddle, newMiddle)
        for line in oldLines[(oldLines.count - suffix)..<(oldLines.count - suffix + trailing)] { body.append(" " + line) }

        let oldCount = (prefix - leading) + oldMiddle.count + trailing
        let newCount = (prefix - leading) + newMiddle.count + trailing
        let oldStart = oldCount == 0 ? leading : leading + 1
        let newStart = newCount == 0 ? leading : leading + 1
        var out = "--- a/\(path)\n+++ b/\(path)\n@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
        for line in body {
            out += line.hasSuffix("\n") ? line : line + "\n\\ No newline at end of file\n"
        }
        return out
    }

    /// Lines with their terminators, so a missing final newline shows.
    static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" || character == "\r\n" {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private static func middle(_ old: [String], _ new: [String]) -> [String] {
        // Too large for a quadratic table: show it as a replacement.
        guard old.count * new.count <= 4_000_000 else { return old.map { "-" + $0 } + new.map { "+" + $0 } }
        var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                out.append(" " + old[i])
                i += 1
                j += 1
            } else if j < new.count, i == old.count || table[i][j + 1] > table[i + 1][j] {
                out.append("+" + new[j])
                j += 1
            } else {
                out.append("-" + old[i])
                i += 1
            }
        }
        return out
    }
}

import Foundation
import Testing

import ToolSupport

@Suite struct UnifiedDiffTests {
    @Test func showsChangedLinesWithContext() {
        let diff = UnifiedDiff.make(old: "a\nb\nc\n", new: "a\nx\nc\n", path: "f.swift")
        #expect(diff == "--- a/f.swift\n+++ b/f.swift\n@@ -1,3 +1,3 @@\n a\n-b\n+x\n c\n")
        #expect(UnifiedDiff.make(old: "same\n", new: "same\n", path: "f").isEmpty)
    }
}

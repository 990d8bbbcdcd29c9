/// Which of one file's fixes are applied together, and the bytes they make. A finding's first fix
/// is the one applied (later ones are alternatives, as in go/analysis); a fix that overlaps one
/// already chosen waits for the next run, when the file it applies to exists.
public struct FixPlan: Sendable {
    /// Findings whose fix is applied, in file order.
    public let applied: [Diagnostic]
    /// Findings with a fix that overlaps an applied one.
    public let deferred: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        var applied: [Diagnostic] = []
        var deferred: [Diagnostic] = []
        var chosen: [Fix] = []
        for diagnostic in diagnostics.sorted() {
            guard let fix = diagnostic.fixes.first else { continue }
            if chosen.contains(where: fix.overlaps) {
                deferred.append(diagnostic)
            } else {
                chosen.append(fix)
                applied.append(diagnostic)
            }
        }
        self.applied = applied
        self.deferred = deferred
    }

    public var isEmpty: Bool { applied.isEmpty }

    /// The file with the applied fixes' edits made.
    public func apply(to bytes: [UInt8]) -> [UInt8] {
        TextEdit.apply(applied.flatMap { $0.fixes.first?.edits ?? [] }, to: bytes)
    }
}

import Foundation

import SwiftParser

/// Writes findings' fixes into their files, in the manner of `go vet -fix`: one ``FixPlan`` per
/// file; the fixed text must parse (a fix never leaves a file worse than it found it); and a file
/// is written, through ``AtomicFile``, only while it still holds the bytes the fixes were computed
/// from, so an edit made since the tool read it is never overwritten.
public enum FixWriter {
    /// One file's fixes: the bytes read, the bytes fixing makes, and which findings that settles.
    public struct Change: Sendable {
        public let path: String
        public let displayPath: String
        public let old: [UInt8]
        public let new: [UInt8]
        /// Findings whose fix is in `new`.
        public let fixed: [Diagnostic]
        /// Findings whose fix overlaps one in `new`: a second run fixes them.
        public let deferred: [Diagnostic]
    }

    /// What fixing the reports' findings would change, file by file. A file whose fixed text would
    /// not parse is left out and reported: that is a bug in the fix, never the user's problem.
    public static func changes(in reports: [FileReport]) -> (changes: [Change], problems: [Diagnostic]) {
        let outcomes: [(Change?, Diagnostic?)] = parallelMap(reports) { report in
            let plan = FixPlan(report.diagnostics)
            guard !plan.isEmpty, let old = report.bytes else { return (nil, nil) }
            let new = plan.apply(to: old)
            guard new != old else { return (nil, nil) }
            let tree = Parser.parse(source: String(decoding: new, as: UTF8.self))
            if tree.hasError && !Parser.parse(source: String(decoding: old, as: UTF8.self)).hasError {
                return (nil, .atFileStart(
                    .ioError, file: report.displayPath,
                    message: "fixes not written: the fixed file would not parse (a bug in the fix; please report it)"))
            }
            return (Change(path: report.path, displayPath: report.displayPath, old: old, new: new, fixed: plan.applied, deferred: plan.deferred), nil)
        }
        return (outcomes.compactMap(\.0), outcomes.compactMap(\.1).sorted())
    }

    /// Writes each change whose file still holds the bytes it was computed from; a file changed
    /// since (or one that cannot be written) is left as it is and reported as an `io-error`.
    public static func write(_ changes: [Change]) -> (written: [Change], problems: [Diagnostic]) {
        let outcomes: [(Change?, Diagnostic?)] = parallelMap(changes) { change in
            guard let current = FileManager.default.contents(atPath: change.path), [UInt8](current) == change.old else {
                return (nil, .atFileStart(
                    .ioError, file: change.displayPath, message: "changed since it was read; its fixes were not written (run again)"))
            }
            do {
                try AtomicFile.write(Data(change.new), to: change.path)
                return (change, nil)
            } catch {
                return (nil, .atFileStart(.ioError, file: change.displayPath, message: "cannot write file: \(error)"))
            }
        }
        return (outcomes.compactMap(\.0), outcomes.compactMap(\.1).sorted())
    }
}

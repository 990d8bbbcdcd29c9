import Foundation

/// What one file produced.
public struct FileReport: Sendable {
    public let path: String
    public let displayPath: String
    public let diagnostics: [Diagnostic]
    /// The bytes the diagnostics' edits apply to; kept only when some diagnostic has a fix.
    public let bytes: [UInt8]?
    public let fromCache: Bool

    public init(path: String, displayPath: String, diagnostics: [Diagnostic]) {
        self.path = path
        self.displayPath = displayPath
        self.diagnostics = diagnostics
        bytes = nil
        fromCache = false
    }

    public init(path: String, displayPath: String, bytes: [UInt8], diagnostics: [Diagnostic], fromCache: Bool = false) {
        self.path = path
        self.displayPath = displayPath
        self.diagnostics = diagnostics
        self.bytes = diagnostics.contains { !$0.fixes.isEmpty } ? bytes : nil
        self.fromCache = fromCache
    }

    /// The file as it reads with its findings' fixes applied (see ``FixPlan``); nil when
    /// nothing is to be fixed.
    public var fixedBytes: [UInt8]? {
        guard let bytes else { return nil }
        let plan = FixPlan(diagnostics)
        return plan.isEmpty ? nil : plan.apply(to: bytes)
    }
}

/// What a ``ModuleDriver`` run produced: a report per file, and how much came from the cache.
public struct CheckResult: Sendable {
    public let reports: [FileReport]

    public init(reports: [FileReport]) {
        self.reports = reports
    }

    public var diagnostics: [Diagnostic] { reports.flatMap(\.diagnostics).sorted() }
    /// Files whose result was read from the cache.
    public var cacheHits: Int { reports.filter(\.fromCache).count }
    /// Files that were read and checked.
    public var checked: Int { reports.filter { !$0.fromCache }.count }
}

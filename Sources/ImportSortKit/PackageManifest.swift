import Foundation

import SwiftParser
import SwiftSyntax

/// The target names a `Package.swift` declares, read with SwiftParser rather than by running the
/// package manager: every `.target(name: "…")`-style call with a string literal name.
public enum PackageManifest {
    static let targetFactories: Set<String> = [
        "target", "executableTarget", "testTarget", "macro", "systemLibrary", "binaryTarget", "plugin",
    ]

    public static func targetNames(inManifestSource source: String) -> Set<String> {
        let collector = TargetNameCollector(viewMode: .sourceAccurate)
        collector.walk(Parser.parse(source: source))
        return collector.names
    }

    /// The nearest `Package.swift` in the file's directory or above it.
    public static func nearestManifest(above filePath: String) -> String? {
        var directory = URL(fileURLWithPath: filePath).standardizedFileURL.deletingLastPathComponent()
        while true {
            let candidate = directory.appendingPathComponent("Package.swift")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }

    private final class TargetNameCollector: SyntaxVisitor {
        var names: Set<String> = []

        override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
            let callee = node.calledExpression.as(MemberAccessExprSyntax.self)?.declName.baseName.text
                ?? node.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text
            if let callee, PackageManifest.targetFactories.contains(callee),
                let nameArgument = node.arguments.first(where: { $0.label?.text == "name" }),
                let literal = nameArgument.expression.as(StringLiteralExprSyntax.self),
                literal.segments.count == 1,
                let segment = literal.segments.first?.as(StringSegmentSyntax.self)
            {
                names.insert(segment.content.text)
            }
            return .visitChildren
        }
    }
}

/// Local module names per manifest, read once per run however many files share a manifest;
/// the manifest that governs each directory is remembered too, so a large tree costs one walk up
/// per directory, not per file.
public final class ManifestCache: @unchecked Sendable {
    private var namesByManifest: [String: Set<String>] = [:]
    private var manifestByDirectory: [String: String?] = [:]
    private let lock = NSLock()

    public init() {}

    public func localModules(forFile path: String) -> Set<String> {
        let directory = (path as NSString).deletingLastPathComponent
        lock.lock()
        let known = manifestByDirectory[directory]
        lock.unlock()
        let manifest: String?
        if let known {
            manifest = known
        } else {
            manifest = PackageManifest.nearestManifest(above: path)
            lock.lock()
            manifestByDirectory[directory] = .some(manifest)
            lock.unlock()
        }
        guard let manifest else { return [] }
        lock.lock()
        defer { lock.unlock() }
        if let names = namesByManifest[manifest] { return names }
        let source = (try? String(contentsOfFile: manifest, encoding: .utf8)) ?? ""
        let names = PackageManifest.targetNames(inManifestSource: source)
        namesByManifest[manifest] = names
        return names
    }
}

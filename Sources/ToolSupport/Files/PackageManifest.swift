import Foundation

import SwiftParser
import SwiftSyntax

/// The targets a `Package.swift` declares, read with SwiftParser rather than by running the
/// package manager: every `.target(name: "…")`-style call with a string literal name, and its
/// `path:` when that is a string literal too.
public enum PackageManifest {
    static let targetFactories: Set<String> = [
        "target", "executableTarget", "testTarget", "macro", "systemLibrary", "binaryTarget", "plugin",
    ]

    /// One declared target: its name and, for targets with sources, the directory that holds them.
    public struct Target: Sendable, Hashable {
        public let name: String
        /// Relative to the package directory: `path:` when given, else SwiftPM's default
        /// (`Sources/<name>`, `Tests/<name>` for test targets, `Plugins/<name>` for plugins).
        public let sourceDirectory: String?
    }

    public static func targetNames(inManifestSource source: String) -> Set<String> {
        Set(targets(inManifestSource: source).map(\.name))
    }

    public static func targets(inManifestSource source: String) -> [Target] {
        let collector = TargetNameCollector(viewMode: .sourceAccurate)
        collector.walk(Parser.parse(source: source))
        return collector.targets
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
        var targets: [Target] = []

        override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
            let callee = node.calledExpression.as(MemberAccessExprSyntax.self)?.declName.baseName.text
                ?? node.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text
            if let callee, PackageManifest.targetFactories.contains(callee),
                let name = Self.stringArgument("name", of: node)
            {
                let directory: String?
                switch callee {
                case "systemLibrary", "binaryTarget": directory = nil
                case "testTarget": directory = Self.stringArgument("path", of: node) ?? "Tests/\(name)"
                case "plugin": directory = Self.stringArgument("path", of: node) ?? "Plugins/\(name)"
                default: directory = Self.stringArgument("path", of: node) ?? "Sources/\(name)"
                }
                targets.append(Target(name: name, sourceDirectory: directory))
            }
            return .visitChildren
        }

        private static func stringArgument(_ label: String, of call: FunctionCallExprSyntax) -> String? {
            guard let argument = call.arguments.first(where: { $0.label?.text == label }),
                let literal = argument.expression.as(StringLiteralExprSyntax.self),
                literal.segments.count == 1,
                let segment = literal.segments.first?.as(StringSegmentSyntax.self)
            else { return nil }
            return segment.content.text
        }
    }
}

/// Targets per manifest, read once per run however many files share a manifest; the manifest
/// that governs each directory is remembered too, so a large tree costs one walk up per
/// directory, not per file.
public final class ManifestCache: @unchecked Sendable {
    private var targetsByManifest: [String: [PackageManifest.Target]] = [:]
    private var directoriesByManifest: [String: [(name: String, directory: String)]] = [:]
    private var targetByDirectory: [String: (name: String, directory: String)?] = [:]
    private var manifestByDirectory: [String: String?] = [:]
    private let lock = NSLock()
    private let workingDirectory = FileManager.default.currentDirectoryPath

    public init() {}

    /// The names of the targets the nearest manifest declares: the package's own modules.
    public func localModules(forFile path: String) -> Set<String> {
        guard let manifest = manifest(forFile: path) else { return [] }
        return Set(targets(of: manifest).map(\.name))
    }

    /// The target whose source directory holds the file: its name and the directory's absolute
    /// path. nil for a file outside every target of the nearest manifest, or with no manifest.
    /// Answered once per directory.
    public func target(containing path: String) -> (name: String, directory: String)? {
        let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        lock.lock()
        if let known = targetByDirectory[directory] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let answer = computeTarget(containing: path)
        lock.lock()
        targetByDirectory[directory] = .some(answer)
        lock.unlock()
        return answer
    }

    private func computeTarget(containing path: String) -> (name: String, directory: String)? {
        guard let manifest = manifest(forFile: path) else { return nil }
        let file = Self.absolute(path, in: workingDirectory)
        var best: (name: String, directory: String)?
        for (name, directory) in targetDirectories(of: manifest) {
            guard file.hasPrefix(directory + "/"), directory.count > (best?.directory.count ?? -1) else { continue }
            best = (name, directory)
        }
        return best
    }

    /// An absolute path without `.` or `..` components; cheap for the common case.
    public static func absolute(_ path: String, in workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let joined = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        let components = joined.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard components.contains(where: { $0 == "." || $0 == ".." || $0.isEmpty }) else { return joined }
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    private func targetDirectories(of manifest: String) -> [(name: String, directory: String)] {
        lock.lock()
        if let known = directoriesByManifest[manifest] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let package = Self.absolute((manifest as NSString).deletingLastPathComponent)
        let directories = targets(of: manifest).compactMap { target in
            target.sourceDirectory.map { (target.name, Self.absolute(package + "/" + $0)) }
        }
        lock.lock()
        directoriesByManifest[manifest] = directories
        lock.unlock()
        return directories
    }

    private func manifest(forFile path: String) -> String? {
        manifest(inOrAbove: Self.absolute((path as NSString).deletingLastPathComponent, in: workingDirectory))
    }

    /// The nearest `Package.swift` from an absolute directory up; every directory on the way
    /// remembers the answer, so a tree costs one `stat` per directory.
    private func manifest(inOrAbove directory: String) -> String? {
        lock.lock()
        let known = manifestByDirectory[directory]
        lock.unlock()
        if let known { return known }
        let candidate = (directory == "/" ? "" : directory) + "/Package.swift"
        let manifest: String?
        if FileManager.default.fileExists(atPath: candidate) {
            manifest = candidate
        } else if directory == "/" || directory.isEmpty {
            manifest = nil
        } else {
            manifest = self.manifest(inOrAbove: (directory as NSString).deletingLastPathComponent)
        }
        lock.lock()
        manifestByDirectory[directory] = .some(manifest)
        lock.unlock()
        return manifest
    }

    private func targets(of manifest: String) -> [PackageManifest.Target] {
        lock.lock()
        defer { lock.unlock() }
        if let targets = targetsByManifest[manifest] { return targets }
        let source = (try? String(contentsOfFile: manifest, encoding: .utf8)) ?? ""
        let targets = PackageManifest.targets(inManifestSource: source)
        targetsByManifest[manifest] = targets
        return targets
    }
}

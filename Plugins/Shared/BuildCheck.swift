import Foundation
import PackagePlugin

/// What the build tool plugins do: check one target's Swift files as a step of its build, so
/// that each finding prints in the build log as a compiler's does,
/// `/abs/path/File.swift:12:17: error: message [rule]`, which `swift build` shows and Xcode puts in
/// its issue navigator.
///
/// A build command, not a prebuild command: SwiftPM runs a prebuild command's executable only when
/// it is prebuilt, and this package's plugins run tools built from source. Its inputs are the
/// target's Swift files and the configuration, so the check runs again when one of them changes
/// (or the tool does) and a no-op build costs nothing; it declares no outputs (a tools-version 6
/// package runs such a command as part of the target's build). A finding keeps its severity: an
/// error fails the build, a warning is printed and the build goes on.
struct BuildCheck {
    /// The executable product to run.
    let tool: String
    /// Arguments placed before the common ones (`--check` for importsort).
    let arguments: [String]

    /// The command for one target: `files` checked from wherever the build runs, with the
    /// nearest `.swift-buildtools.json` at or above `directory` (the package's or the Xcode
    /// project's), the tool's cache in the plugin's work directory (the only place a sandboxed
    /// build command may write), and paths printed in full.
    func commands(executable: URL, files: [URL], configurationSearchStart directory: URL, workDirectory: URL, targetName: String) -> [Command] {
        guard !files.isEmpty else { return [] }
        let configuration = Self.configuration(at: directory)
        var arguments = self.arguments + ["--absolute-paths", "--cache-path", workDirectory.appendingPathComponent("results.sqlite").path]
        // Named, so a dependency's target is checked with its own package's settings, not the
        // root package's (which the tool would find from the build's working directory).
        arguments += configuration.map { ["--config", $0.path] } ?? ["--no-config"]
        arguments += files.map(\.path)
        return [
            .buildCommand(
                displayName: "\(tool) \(targetName)", executable: executable, arguments: arguments,
                inputFiles: files + (configuration.map { [$0] } ?? []), outputFiles: [])
        ]
    }

    /// The nearest `.swift-buildtools.json` at or above `directory`, as the tools look for it.
    static func configuration(at directory: URL) -> URL? {
        var current = directory.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(".swift-buildtools.json")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }
}

/// A build tool plugin that runs one tool's check: it states the check, the shared code does the rest.
protocol BuildCheckPlugin: BuildToolPlugin {
    static var check: BuildCheck { get }
}

extension BuildCheckPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        return Self.check.commands(
            executable: try context.tool(named: Self.check.tool).url, files: module.sourceFiles(withSuffix: "swift").map(\.url),
            configurationSearchStart: context.package.directoryURL, workDirectory: context.pluginWorkDirectoryURL, targetName: target.name)
    }
}

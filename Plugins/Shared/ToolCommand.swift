import Foundation
import PackagePlugin

/// What every command plugin of this package does: run one of the tools from the package
/// directory, so that the paths it prints are the package-relative ones an editor opens, on the
/// package's source targets (or the `--target`s named), and fail the command when the tool does.
///
/// Shared by symbolic link (`Plugins/<Plugin>/Shared`), since a plugin cannot depend on a library.
struct ToolCommand {
    /// The executable product to run.
    let tool: String
    /// Arguments placed before the user's (`--check`).
    let fixedArguments: [String]
    /// The configuration key that, when set in the tool's section, already names the inputs.
    let pathsKey: String

    /// Runs on a SwiftPM package: `--target NAME` (repeatable) narrows the inputs; every other
    /// argument goes to the tool unchanged.
    func perform(context: PluginContext, arguments: [String]) throws {
        var extractor = ArgumentExtractor(arguments)
        let targetNames = extractor.extractOption(named: "target")
        let packageDirectory = context.package.directoryURL
        let modules: [SourceModuleTarget]
        if targetNames.isEmpty {
            modules = context.package.sourceModules
        } else {
            modules = try context.package.targets(named: targetNames).compactMap { $0.sourceModule }
        }
        // With no --target, a configuration that names the inputs decides; else every source target.
        let useConfiguration = targetNames.isEmpty && configurationNamesPaths(in: packageDirectory)
        let paths = useConfiguration ? [] : modules.map { relativePath(of: $0.directoryURL, in: packageDirectory) }
        try run(
            executable: try context.tool(named: tool).url, arguments: fixedArguments + extractor.remainingArguments + paths,
            in: packageDirectory)
    }

    /// Runs the tool in `directory` and turns a non-zero exit into a failed command.
    func run(executable: URL, arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw ToolFailure(tool: tool, status: process.terminationStatus)
        }
    }

    /// Whether `.swift-buildtools.json` in the package directory sets the tool's paths key.
    private func configurationNamesPaths(in directory: URL) -> Bool {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent(".swift-buildtools.json")),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let section = root[tool] as? [String: Any]
        else { return false }
        return section[pathsKey] != nil
    }

    private func relativePath(of url: URL, in directory: URL) -> String {
        let path = url.standardizedFileURL.path
        let base = directory.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}

/// The tool reported findings (exit 1) or could not run (exit 2); its own output says which.
struct ToolFailure: Error, CustomStringConvertible {
    let tool: String
    let status: Int32
    var description: String {
        status == 1 ? "\(tool) reported findings (exit status 1)" : "\(tool) failed (exit status \(status))"
    }
}

/// A plugin that runs one tool: it states the command, the shared code does the rest.
protocol ToolPlugin: CommandPlugin {
    static var command: ToolCommand { get }
}

extension ToolPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        try Self.command.perform(context: context, arguments: arguments)
    }
}

#if canImport(XcodeProjectPlugin)
import Foundation
import PackagePlugin
import XcodeProjectPlugin

extension ToolCommand {
    /// Runs on an Xcode project: the Swift files of the selected targets (or of every target,
    /// or of the `--target`s named), from the project directory.
    func perform(context: XcodePluginContext, arguments: [String]) throws {
        var extractor = ArgumentExtractor(arguments)
        let targetNames = Set(extractor.extractOption(named: "target"))
        let targets = context.xcodeProject.targets.filter { targetNames.isEmpty || targetNames.contains($0.displayName) }
        let files = targets.flatMap { target in
            target.inputFiles.filter { $0.url.pathExtension == "swift" }.map { $0.url.path }
        }
        try run(
            executable: try context.tool(named: tool).url, arguments: fixedArguments + extractor.remainingArguments + files,
            in: context.xcodeProject.directoryURL)
    }
}
extension ToolPlugin where Self: XcodeCommandPlugin {
    func performCommand(context: XcodePluginContext, arguments: [String]) throws {
        try Self.command.perform(context: context, arguments: arguments)
    }
}
#endif

#if canImport(XcodeProjectPlugin)
import Foundation
import PackagePlugin
import XcodeProjectPlugin

extension BuildCheckPlugin where Self: XcodeBuildToolPlugin {
    /// An Xcode project's target: its Swift sources, with the configuration nearest the project.
    func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
        let files = target.inputFiles.filter { $0.type == .source && $0.url.pathExtension == "swift" }.map(\.url)
        return Self.check.commands(
            executable: try context.tool(named: Self.check.tool).url, files: files,
            configurationSearchStart: context.xcodeProject.directoryURL, workDirectory: context.pluginWorkDirectoryURL,
            targetName: target.displayName)
    }
}
#endif

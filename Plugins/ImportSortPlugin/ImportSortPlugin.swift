import PackagePlugin

/// `swift package --allow-writing-to-package-directory format-source-code`: rewrites imports in place.
@main
struct ImportSortPlugin: CommandPlugin {
    static let command = ToolCommand(tool: "importsort", fixedArguments: [], pathsKey: "paths")

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        try Self.command.perform(context: context, arguments: arguments)
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension ImportSortPlugin: XcodeCommandPlugin {
    func performCommand(context: XcodePluginContext, arguments: [String]) throws {
        try Self.command.perform(context: context, arguments: arguments)
    }
}
#endif

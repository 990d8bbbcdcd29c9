import PackagePlugin

/// `swift package importsort`: lists unsorted imports as a diff; reads only.
@main
struct ImportSortCheckPlugin: CommandPlugin {
    static let command = ToolCommand(tool: "importsort", fixedArguments: ["--check", "--diff"], pathsKey: "paths")

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        try Self.command.perform(context: context, arguments: arguments)
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension ImportSortCheckPlugin: XcodeCommandPlugin {
    func performCommand(context: XcodePluginContext, arguments: [String]) throws {
        try Self.command.perform(context: context, arguments: arguments)
    }
}
#endif

import PackagePlugin

/// `swift package intxcheck`: outer-store use inside transaction closures; reads only.
@main
struct IntxCheckPlugin: CommandPlugin {
    static let command = ToolCommand(tool: "intxcheck", fixedArguments: [], pathsKey: "paths")

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        try Self.command.perform(context: context, arguments: arguments)
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension IntxCheckPlugin: XcodeCommandPlugin {
    func performCommand(context: XcodePluginContext, arguments: [String]) throws {
        try Self.command.perform(context: context, arguments: arguments)
    }
}
#endif

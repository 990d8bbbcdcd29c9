import PackagePlugin

/// `swift package apigen-check`: fails when the committed outputs are stale; reads only.
@main
struct APIGenCheckPlugin: CommandPlugin {
    static let command = ToolCommand(tool: "apigen", fixedArguments: ["--check"], pathsKey: "inputs")

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        try Self.command.perform(context: context, arguments: arguments)
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension APIGenCheckPlugin: XcodeCommandPlugin {
    func performCommand(context: XcodePluginContext, arguments: [String]) throws {
        try Self.command.perform(context: context, arguments: arguments)
    }
}
#endif

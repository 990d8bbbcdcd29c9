import PackagePlugin

/// `swift package --allow-writing-to-package-directory apigen`: writes the configured outputs.
@main
struct APIGenPlugin: CommandPlugin {
    static let command = ToolCommand(tool: "apigen", fixedArguments: [], pathsKey: "inputs")

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        try Self.command.perform(context: context, arguments: arguments)
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension APIGenPlugin: XcodeCommandPlugin {
    func performCommand(context: XcodePluginContext, arguments: [String]) throws {
        try Self.command.perform(context: context, arguments: arguments)
    }
}
#endif

import PackagePlugin

/// `swift package apigen-check`: fails when the committed outputs are stale; reads only.
@main
struct APIGenCheckPlugin: ToolPlugin {
    static let command = ToolCommand(tool: "apigen", fixedArguments: ["--check"], pathsKey: "inputs")
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension APIGenCheckPlugin: XcodeCommandPlugin {}
#endif

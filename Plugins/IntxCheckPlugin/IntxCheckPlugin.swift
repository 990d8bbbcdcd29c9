import PackagePlugin

/// `swift package intxcheck`: outer-store use inside transaction closures; reads only.
@main
struct IntxCheckPlugin: ToolPlugin {
    static let command = ToolCommand(tool: "intxcheck", fixedArguments: [], pathsKey: "paths")
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension IntxCheckPlugin: XcodeCommandPlugin {}
#endif

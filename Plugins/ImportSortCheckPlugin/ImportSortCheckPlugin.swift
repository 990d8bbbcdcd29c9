import PackagePlugin

/// `swift package importsort`: lists unsorted imports as a diff; reads only.
@main
struct ImportSortCheckPlugin: ToolPlugin {
    static let command = ToolCommand(tool: "importsort", fixedArguments: ["--check", "--diff"], pathsKey: "paths")
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension ImportSortCheckPlugin: XcodeCommandPlugin {}
#endif

import PackagePlugin

/// `swift package --allow-writing-to-package-directory format-source-code`: rewrites imports in place.
@main
struct ImportSortPlugin: ToolPlugin {
    static let command = ToolCommand(tool: "importsort", fixedArguments: [], pathsKey: "paths")
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension ImportSortPlugin: XcodeCommandPlugin {}
#endif

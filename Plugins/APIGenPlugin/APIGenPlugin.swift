import PackagePlugin

/// `swift package --allow-writing-to-package-directory apigen`: writes the configured outputs.
@main
struct APIGenPlugin: ToolPlugin {
    static let command = ToolCommand(tool: "apigen", fixedArguments: [], pathsKey: "inputs")
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension APIGenPlugin: XcodeCommandPlugin {}
#endif

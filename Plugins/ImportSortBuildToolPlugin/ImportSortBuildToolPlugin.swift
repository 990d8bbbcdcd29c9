import PackagePlugin

/// Applied to a target: `importsort --check` on its Swift files at every build where one of them
/// changed; a file whose imports are not grouped and sorted is reported at its first import.
@main
struct ImportSortBuildToolPlugin: BuildCheckPlugin {
    static let check = BuildCheck(tool: "importsort", arguments: ["--check"])
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension ImportSortBuildToolPlugin: XcodeBuildToolPlugin {}
#endif

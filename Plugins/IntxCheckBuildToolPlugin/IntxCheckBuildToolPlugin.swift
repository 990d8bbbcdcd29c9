import PackagePlugin

/// Applied to a target (`plugins: [.plugin(name: "IntxCheckBuildToolPlugin", …)]`): intxcheck on
/// its Swift files at every build where one of them changed; findings appear as build errors and
/// warnings at their file and line.
@main
struct IntxCheckBuildToolPlugin: BuildCheckPlugin {
    static let check = BuildCheck(tool: "intxcheck", arguments: [])
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension IntxCheckBuildToolPlugin: XcodeBuildToolPlugin {}
#endif

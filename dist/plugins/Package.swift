// swift-tools-version: 6.1
// The command and build tool plugins of swift-buildtools with prebuilt tools: each plugin runs a
// binary from the artifact bundle `make dist` writes, so a package that depends on this one
// compiles no swift-syntax. The plugin sources are the repository's own (`Plugins` is a symbolic link to
// ../../Plugins), as is the bundle (a link to ../swift-buildtools.artifactbundle.zip). To publish,
// replace the path with the release URL of the zip and the checksum `make dist` writes.
import PackageDescription

let package = Package(
    name: "swift-buildtools-plugins",
    platforms: [.macOS(.v13)],
    products: [
        .plugin(name: "IntxCheckPlugin", targets: ["IntxCheckPlugin"]),
        .plugin(name: "ImportSortPlugin", targets: ["ImportSortPlugin"]),
        .plugin(name: "ImportSortCheckPlugin", targets: ["ImportSortCheckPlugin"]),
        .plugin(name: "APIGenPlugin", targets: ["APIGenPlugin"]),
        .plugin(name: "APIGenCheckPlugin", targets: ["APIGenCheckPlugin"]),
        .plugin(name: "IntxCheckBuildToolPlugin", targets: ["IntxCheckBuildToolPlugin"]),
        .plugin(name: "ImportSortBuildToolPlugin", targets: ["ImportSortBuildToolPlugin"]),
    ],
    targets: [
        // One bundle, three executables (intxcheck, importsort, apigen), each a variant per triple.
        .binaryTarget(name: "SwiftBuildToolsBinaries", path: "swift-buildtools.artifactbundle.zip"),
        // The same plugins and intents as ../../Package.swift; only the dependency differs.
        .plugin(
            name: "IntxCheckPlugin",
            capability: .command(intent: .custom(verb: "intxcheck", description: "Flag outer-store use inside transaction closures.")),
            dependencies: ["SwiftBuildToolsBinaries"]),
        .plugin(
            name: "ImportSortPlugin",
            capability: .command(
                intent: .sourceCodeFormatting(),
                permissions: [.writeToPackageDirectory(reason: "importsort rewrites the import block of files whose imports are not grouped and sorted.")]),
            dependencies: ["SwiftBuildToolsBinaries"]),
        .plugin(
            name: "ImportSortCheckPlugin",
            capability: .command(intent: .custom(verb: "importsort", description: "List files whose imports are not grouped and sorted, as a diff.")),
            dependencies: ["SwiftBuildToolsBinaries"]),
        .plugin(
            name: "APIGenPlugin",
            capability: .command(
                intent: .custom(verb: "apigen", description: "Generate OpenAPI, Markdown docs and SDK types from route annotations."),
                permissions: [.writeToPackageDirectory(reason: "apigen writes the OpenAPI document, Markdown pages and SDK files the configuration names.")]),
            dependencies: ["SwiftBuildToolsBinaries"]),
        .plugin(
            name: "APIGenCheckPlugin",
            capability: .command(intent: .custom(verb: "apigen-check", description: "Fail when apigen's committed outputs are stale.")),
            dependencies: ["SwiftBuildToolsBinaries"]),
        .plugin(name: "IntxCheckBuildToolPlugin", capability: .buildTool(), dependencies: ["SwiftBuildToolsBinaries"]),
        .plugin(name: "ImportSortBuildToolPlugin", capability: .buildTool(), dependencies: ["SwiftBuildToolsBinaries"]),
    ]
)

// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "swift-buildtools",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "intxcheck", targets: ["intxcheck"]),
        .executable(name: "importsort", targets: ["importsort"]),
        .executable(name: "apigen", targets: ["apigen"]),
        // Command plugins: `swift package intxcheck`, `importsort`, `apigen`, `apigen-check`, and
        // `--allow-writing-to-package-directory format-source-code` for importsort's rewrite.
        .plugin(name: "IntxCheckPlugin", targets: ["IntxCheckPlugin"]),
        .plugin(name: "ImportSortPlugin", targets: ["ImportSortPlugin"]),
        .plugin(name: "ImportSortCheckPlugin", targets: ["ImportSortCheckPlugin"]),
        .plugin(name: "APIGenPlugin", targets: ["APIGenPlugin"]),
        .plugin(name: "APIGenCheckPlugin", targets: ["APIGenCheckPlugin"]),
        // Build tool plugins: a target that applies them is checked as part of its build, each
        // finding an error or warning at its file and line.
        .plugin(name: "IntxCheckBuildToolPlugin", targets: ["IntxCheckBuildToolPlugin"]),
        .plugin(name: "ImportSortBuildToolPlugin", targets: ["ImportSortBuildToolPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/mattpolzin/OpenAPIKit", from: "6.4.0", traits: []),
    ],
    targets: [
        // The system SQLite (libsqlite3-dev) behind the result cache.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // The toolchain's libIndexStore, declared for dlopen (nothing linked): `intxcheck --index-store`
        // and `apigen --verify-routes --index-store`.
        .systemLibrary(name: "CIndexStore"),
        .target(
            name: "IndexStore",
            dependencies: ["CIndexStore", "ToolSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // What all three tools share: file discovery, diagnostics, output formats, cache, safe writes.
        .target(
            name: "ToolSupport",
            dependencies: [
                "CSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
            ]
        ),
        .target(
            name: "IntxCheckKit",
            dependencies: [
                "ToolSupport",
                "IndexStore",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftLexicalLookup", package: "swift-syntax"),
            ]
        ),
        .target(
            name: "ImportSortKit",
            dependencies: [
                "ToolSupport",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
            ]
        ),
        .target(
            name: "APIGenKit",
            dependencies: [
                "ToolSupport",
                "IndexStore",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            ]
        ),
        .executableTarget(
            name: "intxcheck",
            dependencies: ["IntxCheckKit", "IndexStore", "ToolSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "importsort",
            dependencies: ["ImportSortKit", "ToolSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "apigen",
            dependencies: ["APIGenKit", "IndexStore", "ToolSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Command plugins. Each runs its tool from the package directory on the source targets (or
        // `--target NAME`), and fails the command when the tool exits non-zero. Checking needs no
        // permission; rewriting asks for permission to write to the package directory.
        .plugin(
            name: "IntxCheckPlugin",
            capability: .command(intent: .custom(verb: "intxcheck", description: "Flag outer-store use inside transaction closures.")),
            dependencies: ["intxcheck"]),
        .plugin(
            name: "ImportSortPlugin",
            capability: .command(
                intent: .sourceCodeFormatting(),
                permissions: [.writeToPackageDirectory(reason: "importsort rewrites the import block of files whose imports are not grouped and sorted.")]),
            dependencies: ["importsort"]),
        .plugin(
            name: "ImportSortCheckPlugin",
            capability: .command(intent: .custom(verb: "importsort", description: "List files whose imports are not grouped and sorted, as a diff.")),
            dependencies: ["importsort"]),
        .plugin(
            name: "APIGenPlugin",
            capability: .command(
                intent: .custom(verb: "apigen", description: "Generate OpenAPI, Markdown docs and SDK types from route annotations."),
                permissions: [.writeToPackageDirectory(reason: "apigen writes the OpenAPI document, Markdown pages and SDK files the configuration names.")]),
            dependencies: ["apigen"]),
        .plugin(
            name: "APIGenCheckPlugin",
            capability: .command(intent: .custom(verb: "apigen-check", description: "Fail when apigen's committed outputs are stale.")),
            dependencies: ["apigen"]),
        // Build tool plugins. Each runs its tool's check on the target's Swift files as a build
        // command (inputs: those files and the configuration), printing findings as the compiler
        // prints diagnostics; an error finding fails the build.
        .plugin(name: "IntxCheckBuildToolPlugin", capability: .buildTool(), dependencies: ["intxcheck"]),
        .plugin(name: "ImportSortBuildToolPlugin", capability: .buildTool(), dependencies: ["importsort"]),
        // `make bench`: parse-only floor vs. intxcheck cold/warm vs. importsort --check, in one run.
        .executableTarget(
            name: "toolbench",
            dependencies: [
                "IntxCheckKit", "ImportSortKit", "APIGenKit", "IndexStore", "ToolSupport",
                .product(name: "SwiftParser", package: "swift-syntax"),
            ]
        ),
        // What every test target shares: fixture paths, UPDATE_GOLDEN, the `// want` harness, running the tools.
        .target(
            name: "TestSupport",
            dependencies: [
                "ToolSupport",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
            ],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "ToolSupportTests", dependencies: ["ToolSupport", "TestSupport"]),
        .testTarget(name: "IntxCheckKitTests", dependencies: ["IntxCheckKit", "IndexStore", "ToolSupport", "TestSupport"]),
        .testTarget(name: "ImportSortKitTests", dependencies: ["ImportSortKit", "ToolSupport", "TestSupport"]),
        .testTarget(name: "APIGenKitTests", dependencies: ["APIGenKit", "IndexStore", "ToolSupport", "TestSupport"]),
        // Runs the built executables: exit codes, in-place rewrites, stdin, --check, hostile inputs,
        // and every rule's catalog examples.
        .testTarget(
            name: "CLITests",
            dependencies: ["intxcheck", "importsort", "apigen", "toolbench", "IntxCheckKit", "ImportSortKit", "APIGenKit", "ToolSupport", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

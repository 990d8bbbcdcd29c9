// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "swift-buildtools",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "intxcheck", targets: ["intxcheck"]),
        .executable(name: "importsort", targets: ["importsort"]),
        .executable(name: "apigen", targets: ["apigen"]),
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
        // What all three tools share: file discovery, diagnostics, output formats, cache, safe writes.
        .target(
            name: "ToolSupport",
            dependencies: [
                "CSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
            ]
        ),
        .target(
            name: "IntxCheckKit",
            dependencies: [
                "ToolSupport",
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
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            ]
        ),
        .executableTarget(
            name: "intxcheck",
            dependencies: ["IntxCheckKit", "ToolSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "importsort",
            dependencies: ["ImportSortKit", "ToolSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "apigen",
            dependencies: ["APIGenKit", "ToolSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // `make bench`: parse-only floor vs. intxcheck cold/warm vs. importsort --check, in one run.
        .executableTarget(
            name: "toolbench",
            dependencies: [
                "IntxCheckKit", "ImportSortKit", "ToolSupport",
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
        .testTarget(name: "IntxCheckKitTests", dependencies: ["IntxCheckKit", "ToolSupport", "TestSupport"]),
        .testTarget(name: "ImportSortKitTests", dependencies: ["ImportSortKit", "ToolSupport", "TestSupport"]),
        .testTarget(name: "APIGenKitTests", dependencies: ["APIGenKit", "ToolSupport", "TestSupport"]),
        // Runs the built executables: exit codes, in-place rewrites, stdin, --check, hostile inputs,
        // and every rule's catalog examples.
        .testTarget(
            name: "CLITests",
            dependencies: ["intxcheck", "importsort", "apigen", "IntxCheckKit", "ImportSortKit", "APIGenKit", "ToolSupport", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

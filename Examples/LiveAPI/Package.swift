// swift-tools-version:6.0
// A live example for apigen: a Vapor server annotated for apigen, and a runner that calls it through
// the clients generated from its annotations. It does not depend on the root package: check.sh runs
// the root package's apigen on Sources/LiveServer and compares the outputs committed under docs/.
import PackageDescription

let package = Package(
    name: "LiveAPI",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", exact: "4.122.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession.git", exact: "1.4.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", exact: "1.8.0"),
    ],
    targets: [
        .executableTarget(
            name: "LiveServer",
            dependencies: [.product(name: "Vapor", package: "vapor")]
        ),
        // apigen's Swift client, generated into docs/swift and compiled as it is committed.
        .target(name: "APIGenClient", path: "docs/swift"),
        // swift-openapi-generator's client for docs/openapi.json, generated once and committed
        // (regenerate-apple-client.sh), so a build here does not build the generator.
        .target(
            name: "AppleClient",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            exclude: ["openapi.json.sha256"],
            // The generator splits its output into files some of whose `public import`s go unused
            // in Swift 6 mode; the warnings are about its code, not ours.
            swiftSettings: [.unsafeFlags(["-suppress-warnings"])]
        ),
        .executableTarget(
            name: "LiveRunner",
            dependencies: [
                "APIGenClient", "AppleClient",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ]
)

// swift-tools-version: 6.0
// A fixture for `apigen --verify-routes --index-store`: built by the tests into a scratch path,
// then verified with and without its index. `Vapor` is a stand-in with the few names the app
// uses (the real one cannot be fetched offline), so the package builds in seconds.
import PackageDescription

let package = Package(
    name: "RoutesApp",
    targets: [
        .target(name: "Vapor"),
        .executableTarget(name: "App", dependencies: ["Vapor"]),
    ]
)

// swift-tools-version: 6.0
// A fixture for `intxcheck --index-store`: built by the tests into a scratch path, then checked
// with and without its index. No dependencies, so it builds offline in a few seconds.
import PackageDescription

let package = Package(
    name: "Shop",
    targets: [
        .target(name: "Storage"),
        .target(name: "Audit", dependencies: ["Storage"]),
        .target(name: "Shop", dependencies: ["Storage", "Audit"]),
    ]
)

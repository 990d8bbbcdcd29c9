// swift-tools-version: 6.1
// A package that uses swift-buildtools the way a team would: as a dependency, through its command
// plugins. `.ci/run` runs every plugin on a copy of it (`run-plugins.sh`). The plugins never
// compile these targets, so the sources only need to parse.
import PackageDescription

let package = Package(
    name: "PluginConsumer",
    dependencies: [
        .package(name: "swift-buildtools", path: "../.."),
    ],
    targets: [
        .target(name: "Orders"),
        .target(name: "API"),
    ]
)

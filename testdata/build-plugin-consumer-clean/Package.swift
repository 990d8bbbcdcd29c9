// swift-tools-version: 6.1
// The clean twin of ../build-plugin-consumer: the same build tool plugins on a target with nothing
// to report, whose build prints nothing from them (`run-plugins.sh`).
import PackageDescription

let package = Package(
    name: "BuildPluginConsumerClean",
    dependencies: [
        .package(name: "swift-buildtools", path: "../.."),
    ],
    targets: [
        .target(
            name: "Ledger",
            plugins: [
                .plugin(name: "IntxCheckBuildToolPlugin", package: "swift-buildtools"),
                .plugin(name: "ImportSortBuildToolPlugin", package: "swift-buildtools"),
            ]),
    ]
)

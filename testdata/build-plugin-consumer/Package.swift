// swift-tools-version: 6.1
// A package that applies swift-buildtools' build tool plugins to its target, as a team would to
// see findings in every build: Orders has a transaction bug and unsorted imports, which `swift
// build` reports at their file and line (`run-plugins.sh`, from .ci/run). Its clean twin is
// ../build-plugin-consumer-clean. The command plugins are checked on ../plugin-consumer, apart:
// SwiftPM links a tool once for a build tool plugin and once for a command plugin, and a package
// that used both kinds would relink them on every run.
import PackageDescription

let package = Package(
    name: "BuildPluginConsumer",
    dependencies: [
        .package(name: "swift-buildtools", path: "../.."),
    ],
    targets: [
        .target(
            name: "Orders",
            plugins: [
                .plugin(name: "IntxCheckBuildToolPlugin", package: "swift-buildtools"),
                .plugin(name: "ImportSortBuildToolPlugin", package: "swift-buildtools"),
            ]),
    ]
)

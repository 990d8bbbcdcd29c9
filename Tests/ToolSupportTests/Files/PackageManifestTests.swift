import Foundation
import Testing

import ToolSupport

@Suite struct PackageManifestTests {
    @Test func readsTargetNamesWithoutRunningThePackageManager() {
        let manifest = """
            // swift-tools-version: 6.0
            import PackageDescription
            let name = "Computed"
            let package = Package(
                name: "Demo",
                products: [.library(name: "DemoProduct", targets: ["Core"])],
                targets: [
                    .target(name: "Core", dependencies: []),
                    .executableTarget(name: "demo", dependencies: ["Core"]),
                    .testTarget(name: "CoreTests"),
                    .macro(name: "DemoMacros"),
                    .systemLibrary(name: "CZlib"),
                    .target(name: name),
                ]
            )
            """
        #expect(PackageManifest.targetNames(inManifestSource: manifest) == ["Core", "demo", "CoreTests", "DemoMacros", "CZlib"])
    }

    @Test func findsTheNearestManifestAbove() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("importsort-manifest-\(UUID().uuidString)")
        let nested = root.appendingPathComponent("Sources/App/Deep")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("// swift-tools-version: 6.0\n".utf8).write(to: root.appendingPathComponent("Package.swift"))
        let found = PackageManifest.nearestManifest(above: nested.appendingPathComponent("File.swift").path)
        #expect(found == root.appendingPathComponent("Package.swift").standardizedFileURL.path)
    }
}

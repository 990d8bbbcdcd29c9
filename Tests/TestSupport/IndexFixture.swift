import Foundation

/// The fixture packages of `--index-store` (`testdata/intxcheck/index/`,
/// `testdata/apigen/index/`), copied to a scratch directory and built there with `swift build`,
/// once per test process, so every test target reads the same index store.
public enum IndexFixture {
    public struct Built: Sendable {
        /// The copied package's root.
        public let directory: URL
        /// Its `.build/debug/index/store`.
        public let storePath: String
    }

    public struct BuildFailure: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// `testdata/intxcheck/index/Shop`: three targets (`Storage`, `Audit`, `Shop`).
    public static let shop: Result<Built, BuildFailure> = build("intxcheck/index/Shop")

    /// `testdata/apigen/index/RoutesApp`: an app whose calls the syntax alone cannot bind, on a
    /// stand-in `Vapor` target.
    public static let routesApp: Result<Built, BuildFailure> = build("apigen/index/RoutesApp")

    private static func build(_ path: String) -> Result<Built, BuildFailure> {
        let name = URL(fileURLWithPath: path).lastPathComponent
        do {
            let package = try Fixtures.scratch(prefix: "index-fixture").appendingPathComponent(name)
            try FileManager.default.copyItem(at: Fixtures.testdata.appendingPathComponent(path), to: package)
            let scratch = package.appendingPathComponent(".build")
            let build = try ToolProcess.command(["swift", "build", "--package-path", package.path, "--scratch-path", scratch.path])
            guard build.status == 0 else { return .failure(BuildFailure(description: "swift build of \(name) failed:\n\(build.stdout)\n\(build.stderr)")) }
            return .success(Built(directory: package, storePath: scratch.appendingPathComponent("debug/index/store").path))
        } catch {
            return .failure(BuildFailure(description: "\(error)"))
        }
    }
}

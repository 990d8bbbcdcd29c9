import Foundation

/// A generated SwiftPM package with one target of `count` files, as pre-commit meets a large
/// app target: a tenth of the files run transactions through helpers declared in other files,
/// the rest are models and services that name none.
enum LargeTarget {
    /// Writes the package under `directory` and returns the target's files.
    static func write(under directory: URL, count: Int) throws -> [String] {
        let sources = directory.appendingPathComponent("Sources/App")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        let manifest = """
            // swift-tools-version: 6.0
            import PackageDescription
            let package = Package(name: "Large", targets: [.target(name: "App")])

            """
        try Data(manifest.utf8).write(to: directory.appendingPathComponent("Package.swift"))
        var files: [String] = []
        for index in 0..<count {
            let source = index % 10 == 0 ? transactions(index) : plain(index)
            let url = sources.appendingPathComponent("File\(index).swift")
            try Data(source.utf8).write(to: url)
            files.append(url.path)
        }
        return files
    }

    /// `compiles`: the form `IndexedTarget` builds, with a `Store` the target declares and
    /// synchronous transactions.
    static func transactions(_ index: Int, compiles: Bool = false) -> String {
        let store = compiles ? "    let store = Store()" : "    let store: Store"
        var lines = ["import Foundation", "", "final class Orders\(index) {", store, "    let model = Model\(index + 1)()"]
        for method in 0..<8 {
            lines += [
                compiles ? "    func place\(method)(_ items: [Int]) throws {" : "    func place\(method)(_ items: [Int]) async throws {",
                compiles ? "        try store.inTx { tx in" : "        try await store.inTx { tx in",
                "            try tx.insert(\(method))",
                "            try store.insert(\(method))",
                "            try model.record\(method % 4)(store)",
                "            try audit\(index + 1)(owner: self, id: \(method))",
                "        }",
                "    }",
            ]
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func plain(_ index: Int) -> String {
        var lines = ["import Foundation", "", "struct Model\(index) {", "    var id = \(index)", "    var name = \"model \(index)\""]
        lines += (0..<4).map { "    func record\($0)(_ db: Store) throws { try db.update(\($0)) }" }
        lines += ["    func describe() -> String { \"\\(id): \\(name)\" }", "}", ""]
        lines += ["func audit\(index)(owner: AnyObject, id: Int) throws { print(owner, id) }"]
        lines += (0..<20).map { "let constant\(index)_\($0) = \($0 * index)" }
        return lines.joined(separator: "\n") + "\n"
    }
}

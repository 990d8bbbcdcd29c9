import Foundation

/// One file as a driver read it: the bytes, their digest, and the display path every finding and
/// relocated cache hit uses.
struct LoadedSource: Sendable {
    let path: String
    let displayPath: String
    /// nil: the file could not be read.
    let bytes: [UInt8]?
    /// SHA-256 of the content, when a cache is in use; "" otherwise.
    let digest: String
    /// The analyzer's byte test: the file's result depends on its module.
    let needsModule: Bool

    /// Reads and digests files on all cores, in the order given.
    static func load(_ paths: [String], digests: Bool, needsModule: @escaping @Sendable ([UInt8]) -> Bool) -> [LoadedSource] {
        parallelMap(paths) { path in
            let display = DisplayPath.relative(path)
            guard let data = FileManager.default.contents(atPath: path) else {
                return LoadedSource(path: path, displayPath: display, bytes: nil, digest: "", needsModule: false)
            }
            let bytes = [UInt8](data)
            var digest = ""
            if digests {
                var hasher = SHA256()
                hasher.update(bytes)
                digest = hasher.finalizeHex()
            }
            return LoadedSource(path: path, displayPath: display, bytes: bytes, digest: digest, needsModule: needsModule(bytes))
        }
    }

    var unreadable: Diagnostic { .atFileStart(.ioError, file: displayPath, message: "cannot read file") }

    /// UTF-8 check, then parse: a file that fails either gives its diagnostic.
    func parse() -> Result<FileContext, Diagnostic> {
        SourceFile.decode(bytes ?? [], path: path, displayPath: displayPath).flatMap(FileContext.parse)
    }

    /// The key of this file's facts: the content, the extractor's schema and version.
    func factsKey<Extractor: FactsExtractor>(_ extractor: Extractor) -> String {
        ResultCache.key(
            tool: extractor.tool.name + "-facts", version: extractor.tool.version,
            options: "schema=\(extractor.factsSchema)" + extractor.factsKeyContext(displayPath: displayPath), content: Array(digest.utf8))
    }
}

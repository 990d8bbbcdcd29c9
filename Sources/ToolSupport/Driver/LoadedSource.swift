import Foundation

/// One file as a driver found it: its size, digest and the analyzer's byte test, with the bytes
/// read now or, when a stamp vouched for the digest, on first use.
struct LoadedSource: Sendable {
    let path: String
    let displayPath: String
    /// The file's bytes; `value` is nil when it cannot be read.
    let content: SourceBytes
    let size: Int
    /// SHA-256 of the content, when a cache is in use; "" otherwise.
    let digest: String
    /// The analyzer's byte test: the file's result depends on its module.
    let needsModule: Bool

    var isReadable: Bool { content.isReadable }
    var bytes: [UInt8]? { content.value }

    /// Reads, or stats, files on all cores, in the order given. With `stamps`, a file whose size
    /// and modification time match its stamp keeps the stamp's digest and byte test and is not
    /// read until something needs its bytes: pre-commit on one file of a large target then costs
    /// a `stat` per other file, not a read and a hash.
    static func load(
        _ paths: [String], digests: Bool, stamps: FileStamps? = nil, needsModule: @escaping @Sendable ([UInt8]) -> Bool
    ) -> [LoadedSource] {
        let known = stamps?.lookUp(paths) ?? [:]
        let loaded: [LoadedSource] = parallelMap(paths) { path in
            let display = DisplayPath.relative(path)
            // Without stamps (no cache) nothing would use the status.
            let status = stamps == nil ? nil : FileStatus(path)
            if let status, let stamp = known[path], stamp.vouches(for: status) {
                return LoadedSource(
                    path: path, displayPath: display, content: SourceBytes(path: path), size: status.size, digest: stamp.digest,
                    needsModule: stamp.needsModule)
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                return LoadedSource(path: path, displayPath: display, content: SourceBytes(read: nil), size: 0, digest: "", needsModule: false)
            }
            let bytes = [UInt8](data)
            let digest = digests ? SHA256.hex(bytes) : ""
            let source = LoadedSource(
                path: path, displayPath: display, content: SourceBytes(read: bytes), size: bytes.count, digest: digest, needsModule: needsModule(bytes))
            // Stamped only when the status was taken before the read and still fits it.
            if let status, status.size == bytes.count { stamps?.record(path, FileStamp(status: status, digest: digest, needsModule: source.needsModule)) }
            return source
        }
        return loaded
    }

    var unreadable: Diagnostic { .atFileStart(.ioError, file: displayPath, message: "cannot read file") }

    /// UTF-8 check, then parse: a file that fails either gives its diagnostic.
    func parse() -> Result<FileContext, Diagnostic> {
        guard let bytes else { return .failure(unreadable) }
        return FileContext.parse(bytes: bytes, path: path, displayPath: displayPath)
    }

    /// The key of this file's facts: the content, the extractor's schema and version.
    func factsKey<Extractor: FactsExtractor>(_ extractor: Extractor) -> String {
        ResultCache.key(
            tool: extractor.tool.name + "-facts", version: extractor.tool.version,
            options: "schema=\(extractor.factsSchema)" + extractor.factsKeyContext(displayPath: displayPath), content: Array(digest.utf8))
    }
}

/// A file's bytes: read when loaded, or on first use (a stamp vouched for the digest).
public final class SourceBytes: @unchecked Sendable {
    private let path: String?
    private let lock = NSLock()
    private var bytes: [UInt8]?
    private var read: Bool

    init(read bytes: [UInt8]?) {
        path = nil
        self.bytes = bytes
        read = true
    }

    init(path: String) {
        self.path = path
        read = false
    }

    /// nil: the file cannot be read.
    public var value: [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        if !read, let path {
            bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
            read = true
        }
        return bytes
    }

    var isReadable: Bool {
        lock.lock()
        defer { lock.unlock() }
        return !read || bytes != nil
    }
}

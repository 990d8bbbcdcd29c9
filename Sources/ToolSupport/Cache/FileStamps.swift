import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a driver learned from a file's content, valid while its size and modification time stay.
struct FileStamp: Sendable {
    let size: Int
    let modified: Int64
    /// When the stamp was taken, in nanoseconds since 1970.
    let recorded: Int64
    let digest: String
    let needsModule: Bool

    init(status: FileStatus, digest: String, needsModule: Bool, recorded: Int64 = Int64(Date().timeIntervalSince1970 * 1_000_000_000)) {
        size = status.size
        modified = status.modified
        self.recorded = recorded
        self.digest = digest
        self.needsModule = needsModule
    }

    /// Only a file last modified well before the stamp was taken is vouched for: an edit in the
    /// same clock tick as the stamp (two seconds on the coarsest file systems) keeps the time it
    /// had, so such a stamp is never trusted (git's "racily clean" entries).
    func vouches(for status: FileStatus) -> Bool {
        status.size == size && status.modified == modified && modified <= recorded - 2_000_000_000
    }

    /// Three little-endian 64-bit integers, a flag byte, then the digest: read back for each of
    /// a target's files on every pre-commit run, so no text is parsed.
    var encoded: Data {
        var data = Data(capacity: 25 + digest.utf8.count)
        for value in [Int64(size), modified, recorded] { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        data.append(needsModule ? 1 : 0)
        data.append(contentsOf: digest.utf8)
        return data
    }

    init?(_ data: Data) {
        guard data.count >= 25 else { return nil }
        let fields: (Int64, Int64, Int64, UInt8) = data.withUnsafeBytes { raw in
            (Int64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: Int64.self)),
             Int64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: Int64.self)),
             Int64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: Int64.self)), raw[24])
        }
        size = Int(fields.0)
        modified = fields.1
        recorded = fields.2
        needsModule = fields.3 == 1
        digest = String(decoding: data.dropFirst(25), as: UTF8.self)
    }
}

/// The stamps of one tool setting, kept as ordinary entries of the result cache (so they age and
/// are evicted like results), keyed by the setting and the file's absolute path. The setting is
/// part of the key because the byte test depends on it (intxcheck's transaction methods).
final class FileStamps: @unchecked Sendable {
    private let cache: ResultCache
    private let setting: String
    /// What relative paths are relative to, read once.
    private let directory = FileManager.default.currentDirectoryPath
    private let lock = NSLock()
    private var recorded: [String: Data] = [:]

    init(cache: ResultCache, tool: ToolDescription, setting: String) {
        self.cache = cache
        self.setting = "\(tool.name)\u{0}\(tool.version)\u{0}\(setting)"
    }

    private func key(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : directory + "/" + path
        return ResultCache.key(tool: "stamp", version: "2", options: setting, content: Array(absolute.utf8))
    }

    /// The stamps on record for these paths, in one batch.
    func lookUp(_ paths: [String]) -> [String: FileStamp] {
        let keys = parallelMap(paths) { self.key($0) }
        let found = cache.values(for: keys)
        let stamps: [FileStamp?] = parallelMap(Array(keys.indices)) { found[keys[$0]].flatMap(FileStamp.init) }
        var byPath: [String: FileStamp] = [:]
        for (path, stamp) in zip(paths, stamps) where stamp != nil { byPath[path] = stamp }
        return byPath
    }

    func record(_ path: String, _ stamp: FileStamp) {
        let entry = (key(path), stamp.encoded)
        lock.lock()
        recorded[entry.0] = entry.1
        lock.unlock()
    }

    /// The stamps taken in this run, to be stored with the run's other entries.
    var entries: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }
}

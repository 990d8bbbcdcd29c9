import Foundation

import CSQLite

/// Per-file results kept in SQLite, keyed by a digest of the tool, its version, its options and
/// the file's content. Runs share the file safely: WAL mode lets readers go on while one run
/// writes, and a busy timeout makes a second writer wait instead of failing.
///
/// The cache never fails a run: a file that is corrupt or not a database is reported once
/// through `warn`, removed and rebuilt; if even that fails, the run goes on without a cache.
public final class ResultCache: @unchecked Sendable {
    public static let defaultPath = ".build/intxcheck-cache.sqlite"

    // One connection opened in serialized mode: SQLite's own mutex guards it across threads.
    private var database: OpaquePointer?
    private let path: String

    public init?(path: String, warn: (String) -> Void) {
        self.path = path
        if let database = Self.open(path) {
            self.database = database
            return
        }
        warn("\(path): result cache is corrupt or unreadable; rebuilding it")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        guard let database = Self.open(path) else {
            warn("\(path): cannot create result cache; continuing without it")
            return nil
        }
        self.database = database
    }

    deinit {
        sqlite3_close_v2(database)
    }

    /// The cache key for one file's content under one tool configuration.
    public static func key(tool: String, version: String, options: String, content: Data) -> String {
        var hasher = SHA256()
        hasher.update("\(tool)\u{0}\(version)\u{0}\(options)\u{0}")
        hasher.update([UInt8](content))
        return hasher.finalizeHex()
    }

    /// The stored value for each key that has one.
    public func values(for keys: [String]) -> [String: Data] {
        var found: [String: Data] = [:]
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database, "SELECT value FROM results WHERE key = ?1", -1, &statement, nil) == SQLITE_OK else {
            return found
        }
        defer { sqlite3_finalize(statement) }
        for key in keys {
            sqlite3_reset(statement)
            sqlite3_bind_text(statement, 1, key, -1, SQLITE_TRANSIENT)
            if sqlite3_step(statement) == SQLITE_ROW {
                let count = Int(sqlite3_column_bytes(statement, 0))
                if let bytes = sqlite3_column_blob(statement, 0) {
                    found[key] = Data(bytes: bytes, count: count)
                } else {
                    found[key] = Data()
                }
            }
        }
        return found
    }

    /// Stores values in one transaction. Failure (a full disk, a lock held too long) only
    /// means the next run recomputes, so it is not an error.
    public func store(_ values: [String: Data]) {
        guard !values.isEmpty else { return }
        guard sqlite3_exec(database, "BEGIN IMMEDIATE", nil, nil, nil) == SQLITE_OK else { return }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database, "INSERT OR REPLACE INTO results(key, value) VALUES (?1, ?2)", -1, &statement, nil) == SQLITE_OK else {
            sqlite3_exec(database, "ROLLBACK", nil, nil, nil)
            return
        }
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            sqlite3_reset(statement)
            sqlite3_bind_text(statement, 1, key, -1, SQLITE_TRANSIENT)
            _ = value.withUnsafeBytes { buffer in
                sqlite3_bind_blob(statement, 2, buffer.baseAddress, Int32(buffer.count), SQLITE_TRANSIENT)
            }
            sqlite3_step(statement)
        }
        sqlite3_finalize(statement)
        if sqlite3_exec(database, "COMMIT", nil, nil, nil) != SQLITE_OK {
            sqlite3_exec(database, "ROLLBACK", nil, nil, nil)
        }
    }

    /// Opens and checks the database; nil when the file is not a usable SQLite database.
    private static func open(_ path: String) -> OpaquePointer? {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        var database: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX
        guard sqlite3_open_v2(path, &database, flags, nil) == SQLITE_OK else {
            sqlite3_close_v2(database)
            return nil
        }
        sqlite3_busy_timeout(database, 10_000)
        let setup = """
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=NORMAL;
            CREATE TABLE IF NOT EXISTS results(key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
            SELECT count(*) FROM results WHERE key = '';
            """
        guard sqlite3_exec(database, setup, nil, nil, nil) == SQLITE_OK, quickCheck(database) else {
            sqlite3_close_v2(database)
            return nil
        }
        return database
    }

    /// `PRAGMA quick_check` catches a damaged file that still opens.
    private static func quickCheck(_ database: OpaquePointer?) -> Bool {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database, "PRAGMA quick_check", -1, &statement, nil) == SQLITE_OK else { return false }
        defer { sqlite3_finalize(statement) }
        guard sqlite3_step(statement) == SQLITE_ROW, let text = sqlite3_column_text(statement, 0) else { return false }
        return String(cString: text) == "ok"
    }
}

// SQLite's SQLITE_TRANSIENT macro does not import into Swift.
private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

import Foundation

import CSQLite

/// Per-file results kept in SQLite, keyed by a digest of the tool, its version, its options and
/// the file's content. Runs share the file safely: WAL mode lets readers go on while one run
/// writes, and a busy timeout makes a second writer wait instead of failing.
///
/// The cache never fails a run: a file that is corrupt or not a database is reported once
/// through `warn`, removed and rebuilt; if even that fails, the run goes on without a cache.
///
/// It stays bounded: each entry remembers the day it was last used, and once a day (on a run
/// that stores something) entries unused for `limits.maxAgeDays`, then the least recently used
/// beyond `limits.maxBytes`, are removed. A warm run on the day of its entries writes nothing.
public final class ResultCache: @unchecked Sendable {
    public struct Limits: Sendable {
        public var maxAgeDays: Int
        public var maxBytes: Int

        public init(maxAgeDays: Int = 30, maxBytes: Int = 512 << 20) {
            self.maxAgeDays = maxAgeDays
            self.maxBytes = maxBytes
        }
    }

    // One connection opened in serialized mode: SQLite's own mutex guards it across threads.
    private var database: OpaquePointer?
    private let path: String
    private let limits: Limits
    /// Days since 1970: the unit of "last used".
    private let today: Int

    public init?(path: String, limits: Limits = Limits(), now: Date = Date(), warn: (String) -> Void) {
        self.path = path
        self.limits = limits
        today = Int(now.timeIntervalSince1970 / 86_400)
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
    public static func key(tool: String, version: String, options: String, content: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update("\(tool)\u{0}\(version)\u{0}\(options)\u{0}")
        hasher.update(content)
        return hasher.finalizeHex()
    }

    /// The stored value for each key that has one. Entries last used on an earlier day are
    /// marked as used today, in one transaction; on a warm run the same day nothing is written.
    public func values(for keys: [String]) -> [String: Data] {
        var found: [String: Data] = [:]
        var touched: [String] = []
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database, "SELECT value, last_used FROM file_results WHERE key = ?1", -1, &statement, nil) == SQLITE_OK
        else {
            return found
        }
        // One read transaction for the batch: one shared lock, not one per key.
        let inReadTransaction = sqlite3_exec(database, "BEGIN", nil, nil, nil) == SQLITE_OK
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
                if Int(sqlite3_column_int64(statement, 1)) < today { touched.append(key) }
            }
        }
        sqlite3_finalize(statement)
        if inReadTransaction { sqlite3_exec(database, "COMMIT", nil, nil, nil) }
        if !touched.isEmpty {
            inTransaction("UPDATE file_results SET last_used = ?2 WHERE key = ?1") { update in
                for key in touched {
                    sqlite3_reset(update)
                    sqlite3_bind_text(update, 1, key, -1, SQLITE_TRANSIENT)
                    sqlite3_bind_int64(update, 2, Int64(today))
                    sqlite3_step(update)
                }
            }
        }
        return found
    }

    /// Stores values in one transaction. Failure (a full disk, a lock held too long) only
    /// means the next run recomputes, so it is not an error.
    public func store(_ values: [String: Data]) {
        guard !values.isEmpty else { return }
        inTransaction("INSERT OR REPLACE INTO file_results(key, value, last_used) VALUES (?1, ?2, ?3)") { statement in
            for (key, value) in values.sorted(by: { $0.key < $1.key }) {
                sqlite3_reset(statement)
                sqlite3_bind_text(statement, 1, key, -1, SQLITE_TRANSIENT)
                _ = value.withUnsafeBytes { buffer in
                    sqlite3_bind_blob(statement, 2, buffer.baseAddress, Int32(buffer.count), SQLITE_TRANSIENT)
                }
                sqlite3_bind_int64(statement, 3, Int64(today))
                sqlite3_step(statement)
            }
        }
        evictIfDue()
    }

    /// Number of entries, for tests and statistics.
    public var entryCount: Int {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database, "SELECT count(*) FROM file_results", -1, &statement, nil) == SQLITE_OK else { return 0 }
        defer { sqlite3_finalize(statement) }
        return sqlite3_step(statement) == SQLITE_ROW ? Int(sqlite3_column_int64(statement, 0)) : 0
    }

    /// Once a day: drop entries unused for too long, then the least recently used while the
    /// file is over its size cap, and give the freed pages back.
    private func evictIfDue() {
        guard integer("SELECT value FROM cache_meta WHERE key = 'last_eviction'") ?? -1 < today else { return }
        let sizeSQL = "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"
        inTransaction("DELETE FROM file_results WHERE last_used < ?1") { statement in
            sqlite3_bind_int64(statement, 1, Int64(today - limits.maxAgeDays))
            sqlite3_step(statement)
            sqlite3_exec(database, "INSERT OR REPLACE INTO cache_meta(key, value) VALUES ('last_eviction', \(today))", nil, nil, nil)
        }
        var rounds = 0
        while let size = integer(sizeSQL), size > limits.maxBytes, entryCount > 0, rounds < 64 {
            // A tenth of the entries at a time, oldest first, until the file fits.
            sqlite3_exec(database, """
                DELETE FROM file_results WHERE key IN (
                    SELECT key FROM file_results ORDER BY last_used, key LIMIT max(1, (SELECT count(*) FROM file_results) / 10));
                PRAGMA incremental_vacuum;
                """, nil, nil, nil)
            rounds += 1
        }
        sqlite3_exec(database, "PRAGMA incremental_vacuum", nil, nil, nil)
    }

    /// Runs `body` with a prepared statement inside one immediate transaction; any failure
    /// (a full disk, a lock held too long) only means the next run recomputes.
    private func inTransaction(_ sql: String, _ body: (OpaquePointer?) -> Void) {
        guard sqlite3_exec(database, "BEGIN IMMEDIATE", nil, nil, nil) == SQLITE_OK else { return }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database, sql, -1, &statement, nil) == SQLITE_OK else {
            sqlite3_exec(database, "ROLLBACK", nil, nil, nil)
            return
        }
        body(statement)
        sqlite3_finalize(statement)
        if sqlite3_exec(database, "COMMIT", nil, nil, nil) != SQLITE_OK {
            sqlite3_exec(database, "ROLLBACK", nil, nil, nil)
        }
    }

    private func integer(_ sql: String) -> Int? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database, sql, -1, &statement, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_finalize(statement) }
        return sqlite3_step(statement) == SQLITE_ROW ? Int(sqlite3_column_int64(statement, 0)) : nil
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
        // auto_vacuum only takes effect when set before the first table is created.
        let setup = """
            PRAGMA auto_vacuum=INCREMENTAL;
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=NORMAL;
            CREATE TABLE IF NOT EXISTS file_results(key TEXT PRIMARY KEY, value BLOB NOT NULL, last_used INTEGER NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS cache_meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
            DROP TABLE IF EXISTS results;
            SELECT count(*) FROM file_results WHERE key = '';
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

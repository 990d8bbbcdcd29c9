import Foundation

import ArgumentParser

import ToolSupport

/// What the compiler's index store says about the package's own source files, for
/// `intxcheck --index-store` and `apigen --verify-routes --index-store`: where each function is
/// declared (by USR) and which function each call names, at the line and column of the call's
/// name.
///
/// Units whose source file changed after the build are left out (their calls fall back to the
/// syntactic answer) and listed in ``staleFiles``. Dependencies' units (`.build*` checkouts) and
/// system units are not read: their functions are outside the package either way.
public final class IndexedProgram: @unchecked Sendable {
    /// A function's declaration: the file (absolute path), the position of its name, and the type
    /// it belongs to (`Store`, a protocol or extended type), nil for a free function.
    public struct Definition: Sendable {
        public let file: String
        public let line: Int
        public let column: Int
        public let owner: String?
    }

    /// A call of a function at the position of its name.
    public struct CallSite: Sendable {
        public let column: Int
        public let usr: String
        public let baseName: Substring
        /// The receiver's type for a dynamically dispatched call (`receivedBy`).
        public let receiverType: String?
    }

    public struct Occurrences: Sendable {
        public var definitions: [String: Definition] = [:]
        /// Functions declared in a unit whose file is stale: known to the package, position unknown.
        public var staleDefinitions: Set<String> = []
        /// Per absolute file path, per line, the calls there.
        public var calls: [String: [Int: [CallSite]]] = [:]

        /// The call named `name` at `line`, at or after `column` (a call's name follows its
        /// receiver), in the file at this absolute path.
        public func call(inFile path: String, line: Int, column: Int, named name: String) -> CallSite? {
            calls[path]?[line]?.filter { $0.column >= column && $0.baseName == name }.min { $0.column < $1.column }
        }
    }

    public let storePath: String
    /// The library's path, for messages.
    public let libraryPath: String
    /// A digest of the units read (file, unit, time, stale or not): part of every result cache
    /// key, so a new build, or an edit since the last one, invalidates what the index answered.
    public let digest: String
    /// Source files modified after the build that indexed them, absolute paths, sorted.
    public let staleFiles: [String]
    private let reader: IndexStoreReader
    private let fresh: [IndexUnit]
    private let stale: [IndexUnit]
    private let lock = NSLock()
    private var cached: Occurrences?

    public init(storePath: String, libraryPath: String? = nil) throws(IndexStoreError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: storePath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw IndexStoreError("no index store at \(storePath); build first (swift build writes .build/debug/index/store)")
        }
        let library = try IndexStoreLibrary(path: libraryPath)
        reader = try IndexStoreReader(path: storePath, library: library)
        self.storePath = storePath
        self.libraryPath = library.path
        let reader = reader
        let units: [IndexUnit?] = parallelMap(reader.unitNames()) { name in
            reader.unit(named: name) { mainFile, isSystem in
                !isSystem && mainFile.hasSuffix(".swift") && !mainFile.split(separator: "/").contains { $0.hasPrefix(".build") }
            }
        }
        // Several units of one file (an older configuration's build): the newest speaks for it.
        var newest: [String: IndexUnit] = [:]
        for unit in units.compactMap({ $0 }) where (newest[unit.mainFile]?.modificationTime ?? -1) < unit.modificationTime {
            newest[unit.mainFile] = unit
        }
        var fresh: [IndexUnit] = []
        var stale: [IndexUnit] = []
        var hasher = SHA256()
        for (file, unit) in newest.sorted(by: { $0.key < $1.key }) {
            // Whether the unit is stale is hashed too: a file of another target edited since the
            // build changes no unit, but its unit stops answering, so results must not be reused.
            let isStale = FileStatus(file).map { Double($0.modified) / 1e9 > unit.modificationTime } ?? false
            hasher.update("\(file)\u{0}\(unit.name)\u{0}\(unit.modificationTime)\u{0}\(isStale)\u{0}")
            if isStale { stale.append(unit) } else { fresh.append(unit) }
        }
        digest = hasher.finalizeHex()
        self.fresh = fresh
        self.stale = stale
        staleFiles = stale.map(\.mainFile)
    }

    /// The index the options name (nil for none), its stale note printed on standard error;
    /// a store that cannot be read is a usage error.
    public static func open(_ options: IndexStoreOptions, section: ConfigSection?) throws -> IndexedProgram? {
        guard let store = try options.storePath(section) else { return nil }
        let program: IndexedProgram
        do {
            program = try IndexedProgram(storePath: store, libraryPath: options.indexStoreLibrary)
        } catch {
            throw ValidationError(error.description)
        }
        if let note = program.staleNote { Console.error(note) }
        return program
    }

    /// The note a run with stale units prints once.
    public var staleNote: String? {
        guard let first = staleFiles.first else { return nil }
        let more = staleFiles.count > 1 ? " and \(staleFiles.count - 1) more" : ""
        return "note: the index store \(storePath) is older than \(DisplayPath.relative(first))\(more); "
            + "calls there are resolved without it (build again for exact answers)"
    }

    /// Reads the occurrences now rather than when the first module needs them (for measuring).
    public func readAll() {
        _ = occurrences()
    }

    /// Every definition and call of the package's fresh units, read once on first use.
    public func occurrences() -> Occurrences {
        lock.withLock {
            if let cached { return cached }
            let read = readOccurrences()
            cached = read
            return read
        }
    }

    private func readOccurrences() -> Occurrences {
        let reader = reader
        let interesting: IndexSymbol.Roles = [.definition, .call]
        let perUnit: [[(String, [IndexOccurrence])]] = parallelMap(fresh + stale) { unit in
            unit.records.map { record in
                // Implicit calls (string interpolation, property getters) name nothing written.
                let occurrences = reader.occurrences(inRecord: record.name, relationRoles: [.childOf, .receivedBy]) { kind, roles in
                    kind.isFunction && !roles.isDisjoint(with: interesting) && !roles.contains(.implicit)
                }
                return (record.file, occurrences ?? [])
            }
        }
        let staleFiles = Set(staleFiles)
        var result = Occurrences()
        for (file, occurrences) in perUnit.joined() {
            let isStale = staleFiles.contains(file)
            var calls: [Int: [CallSite]] = [:]
            for occurrence in occurrences {
                if occurrence.roles.contains(.definition) {
                    if isStale {
                        result.staleDefinitions.insert(occurrence.symbol.usr)
                    } else {
                        result.definitions[occurrence.symbol.usr] = Definition(
                            file: file, line: occurrence.line, column: occurrence.column, owner: occurrence.related(.childOf)?.name)
                    }
                } else if !isStale, occurrence.roles.contains(.call) {
                    calls[occurrence.line, default: []].append(CallSite(
                        column: occurrence.column, usr: occurrence.symbol.usr, baseName: occurrence.symbol.baseName,
                        receiverType: occurrence.related(.receivedBy)?.name))
                }
            }
            if !calls.isEmpty { result.calls[file, default: [:]].merge(calls) { $0 + $1 } }
        }
        return result
    }
}

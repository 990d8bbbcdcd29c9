import CIndexStore

/// One opened index store (`.build/debug/index/store`, Xcode's `Index.noindex/DataStore`): its
/// units (one per compiled source file) and the occurrences each unit's record holds.
public final class IndexStoreReader: @unchecked Sendable {
    public let library: IndexStoreLibrary
    public let path: String
    private let store: intx_indexstore_opaque_t

    public init(path: String, library: IndexStoreLibrary) throws(IndexStoreError) {
        var error: intx_indexstore_opaque_t?
        guard let store = library.storeCreate(path, &error) else {
            throw IndexStoreError("cannot open the index store at \(path): \(library.message(of: error))")
        }
        self.library = library
        self.path = path
        self.store = store
    }

    deinit {
        library.storeDispose(store)
    }

    /// Every unit's name, sorted.
    public func unitNames() -> [String] {
        var names: [String] = []
        withApplier({ (value: intx_indexstore_string_ref_t) in names.append(value.string) }) { context, applier in
            _ = library.unitsApply(store, 1, context, applier)
        }
        return names
    }

    /// A unit's main file, module, when it was written and its records; nil when it cannot be
    /// read, or when `wanted` (given the main file and whether it is a system unit) declines it
    /// before its dependencies are read.
    public func unit(named name: String, wanted: (_ mainFile: String, _ isSystem: Bool) -> Bool = { _, _ in true }) -> IndexUnit? {
        var error: intx_indexstore_opaque_t?
        guard let reader = library.unitReaderCreate(store, name, &error) else {
            _ = library.message(of: error)
            return nil
        }
        defer { library.unitReaderDispose(reader) }
        let mainFile = library.unitMainFile(reader).string
        let isSystem = library.unitIsSystem(reader)
        guard wanted(mainFile, isSystem) else { return nil }
        var seconds: Int64 = 0
        var nanoseconds: Int64 = 0
        library.unitModificationTime(reader, &seconds, &nanoseconds)
        var records: [IndexUnit.Record] = []
        let library = library
        withOpaqueApplier({ dependency in
            // 2: a record, the symbols of one source file.
            guard library.dependencyKind(dependency) == 2 else { return }
            records.append(IndexUnit.Record(name: library.dependencyName(dependency).string, file: library.dependencyFilePath(dependency).string))
        }) { context, applier in
            _ = library.unitDependenciesApply(reader, context, applier)
        }
        return IndexUnit(
            name: name, mainFile: mainFile, moduleName: library.unitModuleName(reader).string,
            isSystem: isSystem, modificationTime: Double(seconds) + Double(nanoseconds) / 1e9, records: records)
    }

    /// The occurrences a record holds that `keep` chooses, with their relations of `relationRoles`:
    /// most of a file's occurrences, and most relations (every call's `calledBy`), are of no
    /// interest to the caller, and copying their strings out is most of the cost of reading.
    public func occurrences(
        inRecord record: String, relationRoles: IndexSymbol.Roles, keep: (IndexSymbol.Kind, IndexSymbol.Roles) -> Bool
    ) -> [IndexOccurrence]? {
        var error: intx_indexstore_opaque_t?
        guard let reader = library.recordReaderCreate(store, record, &error) else {
            _ = library.message(of: error)
            return nil
        }
        defer { library.recordReaderDispose(reader) }
        let library = library
        var found: [IndexOccurrence] = []
        withOpaqueApplier({ occurrence in
            guard let symbol = library.occurrenceSymbol(occurrence) else { return }
            let roles = IndexSymbol.Roles(rawValue: library.occurrenceRoles(occurrence))
            let kind = IndexSymbol.Kind(rawValue: library.symbolKind(symbol))
            guard keep(kind, roles) else { return }
            var line: UInt32 = 0
            var column: UInt32 = 0
            library.occurrenceLineColumn(occurrence, &line, &column)
            var relations: [IndexRelation] = []
            withOpaqueApplier({ relation in
                let roles = IndexSymbol.Roles(rawValue: library.relationRoles(relation))
                guard !roles.isDisjoint(with: relationRoles), let related = library.relationSymbol(relation) else { return }
                relations.append(IndexRelation(roles: roles, symbol: Self.symbol(related, library)))
            }) { context, applier in
                _ = library.relationsApply(occurrence, context, applier)
            }
            found.append(
                IndexOccurrence(symbol: Self.symbol(symbol, library), roles: roles, line: Int(line), column: Int(column), relations: relations))
        }) { context, applier in
            _ = library.occurrencesApply(reader, context, applier)
        }
        return found
    }

    private static func symbol(_ symbol: intx_indexstore_opaque_t, _ library: IndexStoreLibrary) -> IndexSymbol {
        IndexSymbol(
            usr: library.symbolUSR(symbol).string, name: library.symbolName(symbol).string,
            kind: IndexSymbol.Kind(rawValue: library.symbolKind(symbol)))
    }
}

/// The C callbacks take no captures: each hands its context pointer back to the Swift closure it
/// boxes, which lives for the duration of the (synchronous) apply call.
private final class ApplierBox<Value> {
    let body: (Value) -> Void

    init(_ body: @escaping (Value) -> Void) {
        self.body = body
    }
}

private func withApplier(
    _ body: (intx_indexstore_string_ref_t) -> Void, run: (UnsafeMutableRawPointer, intx_string_applier_fn) -> Void
) {
    withoutActuallyEscaping(body) { body in
        let box = ApplierBox(body)
        let context = Unmanaged.passUnretained(box).toOpaque()
        run(context) { context, value in
            Unmanaged<ApplierBox<intx_indexstore_string_ref_t>>.fromOpaque(context!).takeUnretainedValue().body(value)
            return true
        }
        withExtendedLifetime(box) {}
    }
}

private func withOpaqueApplier(_ body: (intx_indexstore_opaque_t) -> Void, run: (UnsafeMutableRawPointer, intx_opaque_applier_fn) -> Void) {
    withoutActuallyEscaping(body) { body in
        let box = ApplierBox(body)
        let context = Unmanaged.passUnretained(box).toOpaque()
        run(context) { context, value in
            if let value { Unmanaged<ApplierBox<intx_indexstore_opaque_t>>.fromOpaque(context!).takeUnretainedValue().body(value) }
            return true
        }
        withExtendedLifetime(box) {}
    }
}

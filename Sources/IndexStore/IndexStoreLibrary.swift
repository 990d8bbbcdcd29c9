#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import Foundation

import CIndexStore

/// The toolchain's libIndexStore, opened at run time: the tools link nothing of the toolchain, so
/// a binary built here reads the index of whichever Swift the project builds with. Only the
/// `*_apply_f` iteration functions are used, the ones every platform exports.
public final class IndexStoreLibrary: @unchecked Sendable {
    /// The file the functions came from.
    public let path: String

    let storeCreate: intx_store_create_fn
    let storeDispose: intx_dispose_fn
    let errorDescription: intx_error_description_fn
    let errorDispose: intx_dispose_fn
    let unitsApply: intx_units_apply_fn
    let unitReaderCreate: intx_reader_create_fn
    let unitReaderDispose: intx_dispose_fn
    let unitMainFile: intx_get_string_fn
    let unitModuleName: intx_get_string_fn
    let unitIsSystem: intx_get_bool_fn
    let unitModificationTime: intx_get_modification_time_fn
    let unitDependenciesApply: intx_apply_fn
    let dependencyKind: intx_get_int_fn
    let dependencyName: intx_get_string_fn
    let dependencyFilePath: intx_get_string_fn
    let recordReaderCreate: intx_reader_create_fn
    let recordReaderDispose: intx_dispose_fn
    let occurrencesApply: intx_apply_fn
    let occurrenceSymbol: intx_get_opaque_fn
    let occurrenceRoles: intx_get_u64_fn
    let occurrenceLineColumn: intx_get_line_col_fn
    let relationsApply: intx_apply_fn
    let relationRoles: intx_get_u64_fn
    let relationSymbol: intx_get_opaque_fn
    let symbolUSR: intx_get_string_fn
    let symbolName: intx_get_string_fn
    let symbolKind: intx_get_int_fn

    /// Opens the library at `path`, or the one next to the `swift` on `PATH` when nil.
    public init(path: String? = nil) throws(IndexStoreError) {
        guard let path = path ?? Self.besideSwiftOnPath() ?? Self.besideXcrunSwift() else {
            throw IndexStoreError("no libIndexStore found next to a 'swift' on PATH; name it with --index-store-lib")
        }
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown reason"
            throw IndexStoreError("cannot load libIndexStore at \(path): \(reason)")
        }
        self.path = path
        func symbol<Function>(_ name: String, as type: Function.Type) throws(IndexStoreError) -> Function {
            guard let address = dlsym(handle, name) else {
                throw IndexStoreError("\(path) has no '\(name)'; is it a toolchain's libIndexStore?")
            }
            return unsafeBitCast(address, to: type)
        }
        storeCreate = try symbol("indexstore_store_create", as: intx_store_create_fn.self)
        storeDispose = try symbol("indexstore_store_dispose", as: intx_dispose_fn.self)
        errorDescription = try symbol("indexstore_error_get_description", as: intx_error_description_fn.self)
        errorDispose = try symbol("indexstore_error_dispose", as: intx_dispose_fn.self)
        unitsApply = try symbol("indexstore_store_units_apply_f", as: intx_units_apply_fn.self)
        unitReaderCreate = try symbol("indexstore_unit_reader_create", as: intx_reader_create_fn.self)
        unitReaderDispose = try symbol("indexstore_unit_reader_dispose", as: intx_dispose_fn.self)
        unitMainFile = try symbol("indexstore_unit_reader_get_main_file", as: intx_get_string_fn.self)
        unitModuleName = try symbol("indexstore_unit_reader_get_module_name", as: intx_get_string_fn.self)
        unitIsSystem = try symbol("indexstore_unit_reader_is_system_unit", as: intx_get_bool_fn.self)
        unitModificationTime = try symbol("indexstore_unit_reader_get_modification_time", as: intx_get_modification_time_fn.self)
        unitDependenciesApply = try symbol("indexstore_unit_reader_dependencies_apply_f", as: intx_apply_fn.self)
        dependencyKind = try symbol("indexstore_unit_dependency_get_kind", as: intx_get_int_fn.self)
        dependencyName = try symbol("indexstore_unit_dependency_get_name", as: intx_get_string_fn.self)
        dependencyFilePath = try symbol("indexstore_unit_dependency_get_filepath", as: intx_get_string_fn.self)
        recordReaderCreate = try symbol("indexstore_record_reader_create", as: intx_reader_create_fn.self)
        recordReaderDispose = try symbol("indexstore_record_reader_dispose", as: intx_dispose_fn.self)
        occurrencesApply = try symbol("indexstore_record_reader_occurrences_apply_f", as: intx_apply_fn.self)
        occurrenceSymbol = try symbol("indexstore_occurrence_get_symbol", as: intx_get_opaque_fn.self)
        occurrenceRoles = try symbol("indexstore_occurrence_get_roles", as: intx_get_u64_fn.self)
        occurrenceLineColumn = try symbol("indexstore_occurrence_get_line_col", as: intx_get_line_col_fn.self)
        relationsApply = try symbol("indexstore_occurrence_relations_apply_f", as: intx_apply_fn.self)
        relationRoles = try symbol("indexstore_symbol_relation_get_roles", as: intx_get_u64_fn.self)
        relationSymbol = try symbol("indexstore_symbol_relation_get_symbol", as: intx_get_opaque_fn.self)
        symbolUSR = try symbol("indexstore_symbol_get_usr", as: intx_get_string_fn.self)
        symbolName = try symbol("indexstore_symbol_get_name", as: intx_get_string_fn.self)
        symbolKind = try symbol("indexstore_symbol_get_kind", as: intx_get_int_fn.self)
    }

    #if os(macOS)
    static let fileName = "libIndexStore.dylib"
    #else
    static let fileName = "libIndexStore.so"
    #endif

    /// `<toolchain>/usr/lib/libIndexStore.so` for the first `swift` on `PATH` (`<toolchain>/usr/bin/swift`,
    /// symbolic links resolved).
    public static func besideSwiftOnPath(environment: [String: String] = currentEnvironment()) -> String? {
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(directory)/swift"
            guard access(candidate, X_OK) == 0, let resolved = realpath(candidate, nil) else { continue }
            defer { free(resolved) }
            var binary = String(cString: resolved)
            // `<toolchain>/usr/bin/swift` → `<toolchain>/usr/lib/<library>`.
            while let last = binary.last, last != "/" { binary.removeLast() }
            binary.removeLast()
            while let last = binary.last, last != "/" { binary.removeLast() }
            let library = binary + "lib/" + fileName
            if access(library, R_OK) == 0 { return library }
        }
        return nil
    }

    /// On macOS the `swift` on PATH is usually `/usr/bin/swift`, a shim: the selected Xcode's
    /// toolchain is where `xcrun --find swift` points.
    static func besideXcrunSwift() -> String? {
        #if os(macOS)
        let xcrun = Process()
        let output = Pipe()
        xcrun.executableURL = URL(fileURLWithPath: "/usr/bin/xcrun")
        xcrun.arguments = ["--find", "swift"]
        xcrun.standardOutput = output
        xcrun.standardError = FileHandle.nullDevice
        guard (try? xcrun.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        xcrun.waitUntilExit()
        let swift = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard xcrun.terminationStatus == 0, !swift.isEmpty else { return nil }
        let directory = (swift as NSString).deletingLastPathComponent
        return besideSwiftOnPath(environment: ["PATH": directory])
        #else
        return nil
        #endif
    }

    public static func currentEnvironment() -> [String: String] {
        ProcessInfo.processInfo.environment
    }

    /// Takes the library's error object: its description, then disposes of it.
    func message(of error: intx_indexstore_opaque_t?) -> String {
        guard let error else { return "unknown error" }
        defer { errorDispose(error) }
        return errorDescription(error).map { String(cString: $0) } ?? "unknown error"
    }
}

/// A failure to find, load or read an index store, with what to do about it.
public struct IndexStoreError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

extension intx_indexstore_string_ref_t {
    var string: String {
        guard let data, length > 0 else { return "" }
        return data.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }
}

import Foundation

/// Which files form one module for the module pass: the files of one SwiftPM target (the
/// directory of a target in the nearest `Package.swift`), or, for files outside every target,
/// all such files of the run together.
///
/// A run given only some files of a target (pre-commit passes the changed ones) still sees the
/// rest of the target: those files are read as context, for their facts, and never reported on.
public struct ModuleLayout: Sendable {
    public struct Module: Sendable {
        /// The target's directory; nil for the files outside every target.
        public let directory: String?
        /// Indices into ``paths``: the files to report on, then context files.
        public internal(set) var members: [Int] = []
    }

    /// The run's files, then context files.
    public private(set) var paths: [String]
    public let inputCount: Int
    public private(set) var modules: [Module] = []
    /// The module of each path.
    public private(set) var moduleOf: [Int] = []

    /// Files not in `grouped` belong to no module (`moduleOf` is -1): a run without transactions
    /// needs none, and finding a file's target costs a manifest lookup.
    public init(files: [String], grouped: [Int], manifests: ManifestCache = ManifestCache()) {
        paths = files
        inputCount = files.count
        moduleOf = Array(repeating: -1, count: files.count)
        var moduleIndexByKey: [String: Int] = [:]
        for index in grouped {
            let target = manifests.target(containing: files[index])
            let key = target?.directory ?? ""
            let module: Int
            if let known = moduleIndexByKey[key] {
                module = known
            } else {
                module = modules.count
                moduleIndexByKey[key] = module
                modules.append(Module(directory: target?.directory))
            }
            modules[module].members.append(index)
            moduleOf[index] = module
        }
    }

    /// Adds the files of the module's target that the run was not given, as context; returns
    /// their indices. Only modules with transactions to check need this, so a run without any
    /// never lists a directory.
    public mutating func addContextFiles(of module: Int) -> [Int] {
        guard let directory = modules[module].directory else { return [] }
        let inputs = Set(modules[module].members.map { ManifestCache.absolute(paths[$0]) })
        let others = ((try? FileDiscovery().swiftFiles(in: [directory])) ?? []).filter { !inputs.contains(ManifestCache.absolute($0)) }
        var added: [Int] = []
        for path in others {
            added.append(paths.count)
            modules[module].members.append(paths.count)
            moduleOf.append(module)
            paths.append(path)
        }
        return added
    }

    public func isInput(_ index: Int) -> Bool { index < inputCount }
}

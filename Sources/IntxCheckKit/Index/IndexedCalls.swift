import IndexStore

/// The index's answers for one module's analysis: which of the module's functions (its own, or
/// one of another target added for the index) a call at a position names.
final class IndexedCalls: Sendable {
    /// What the index says a call is.
    enum Callee: Equatable {
        /// One of the module index's functions.
        case function(Int)
        /// A function declared outside the package (a library's, the standard library's): it has no
        /// body to follow.
        case outside
    }

    private let occurrences: IndexedProgram.Occurrences
    /// Display path → absolute path, for the module's files and the ones added for the index.
    private let absolutePaths: [String: String]
    /// USR → the module index's function.
    private let functionsByUSR: [String: Int]

    init(occurrences: IndexedProgram.Occurrences, absolutePaths: [String: String], functionsByUSR: [String: Int]) {
        self.occurrences = occurrences
        self.absolutePaths = absolutePaths
        self.functionsByUSR = functionsByUSR
    }

    /// The function called at `line`, at or after `column` (a call's name follows its receiver),
    /// named `name`; nil when the index has no answer (a closure, a stale file, a local function).
    func callee(inFile file: String, line: Int, column: Int, name: String) -> Callee? {
        guard let site = site(inFile: file, line: line, column: column, name: name) else { return nil }
        if let function = functionsByUSR[site.usr] { return .function(function) }
        // Declared in the package but not in what this run read: no answer rather than a wrong one.
        if occurrences.definitions[site.usr] != nil || occurrences.staleDefinitions.contains(site.usr) { return nil }
        return .outside
    }

    /// The types a method called at that position belongs to: the one that declares it, and for a
    /// dynamically dispatched call the receiver's type. nil when the index has no answer.
    func declaringTypes(inFile file: String, line: Int, column: Int, name: String) -> Set<String>? {
        guard let site = site(inFile: file, line: line, column: column, name: name) else { return nil }
        var types: Set<String> = []
        if let owner = occurrences.definitions[site.usr]?.owner ?? IndexSymbol.ownerType(ofUSR: site.usr) { types.insert(owner) }
        if let receiver = site.receiverType { types.insert(receiver) }
        return types.isEmpty ? nil : types
    }

    private func site(inFile file: String, line: Int, column: Int, name: String) -> IndexedProgram.CallSite? {
        absolutePaths[file].flatMap { occurrences.call(inFile: $0, line: line, column: column, named: name) }
    }
}

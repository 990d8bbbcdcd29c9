/// The facts of every file of one module, merged: the module pass's view of types, methods and
/// free functions. Built once per module and read by every file's analysis, so it is immutable.
final class ModuleIndex: Sendable {
    /// A function and the file that declares it.
    struct Function: Sendable {
        let facts: FunctionFacts
        /// The declaring file as the output shows it.
        let file: String
    }

    let types: TypeIndex
    let functions: [Function]
    private let methodsByType: [String: [String: [Int]]]
    private let freeFunctions: [String: [Int]]

    init(files: [(displayPath: String, facts: FileFacts)]) {
        var types: [String: TypeFacts] = [:]
        var functions: [Function] = []
        var methods: [String: [String: [Int]]] = [:]
        var free: [String: [Int]] = [:]
        for (path, facts) in files {
            for (key, members) in facts.types { types[key, default: TypeFacts()].merge(members) }
            for function in facts.functions {
                let index = functions.count
                functions.append(Function(facts: function, file: path))
                if let typeKey = function.typeKey {
                    methods[typeKey, default: [:]][function.name, default: []].append(index)
                } else {
                    free[function.name, default: []].append(index)
                }
            }
        }
        self.types = TypeIndex(types: types)
        self.functions = functions
        methodsByType = methods
        freeFunctions = free
    }

    /// One file's facts as a module of its own: what a single-file analysis sees.
    convenience init(file: String, facts: FileFacts) {
        self.init(files: [(file, facts)])
    }

    /// The methods named `name` of `typeKey`; `isStatic` nil takes both kinds.
    func methods(of typeKey: String?, named name: String, isStatic: Bool? = nil) -> [Int] {
        guard let typeKey, let candidates = methodsByType[typeKey]?[name] else { return [] }
        guard let isStatic else { return candidates }
        return candidates.filter { functions[$0].facts.isStatic == isStatic }
    }

    func freeFunctions(named name: String) -> [Int] {
        freeFunctions[name] ?? []
    }

    func hasType(_ typeKey: String) -> Bool {
        methodsByType[typeKey] != nil || types.types[typeKey] != nil
    }

    func hasMethod(of typeKey: String?, named name: String) -> Bool {
        guard let typeKey else { return false }
        return methodsByType[typeKey]?[name] != nil
    }
}

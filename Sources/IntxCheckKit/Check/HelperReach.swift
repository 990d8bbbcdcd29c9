/// Whether a call into the module's functions reaches the outer store, directly or through the
/// functions they call in turn, across files. Works on facts only, so a helper in a file that was
/// not parsed in this run (its facts came from the cache) is followed all the same.
///
/// Answers are memoized per question; a question already being asked counts as "no", which
/// ends recursion cycles.
final class HelperReach {
    /// What a helper is asked about, relative to the helper itself.
    enum Target: Hashable {
        /// `self.<members>` of the helper's own type (`self.pool`).
        case selfMember([String])
        /// A global or a type's static member (`Database.main`, `Storage.shared`).
        case global(String, [String])
        /// `<members>` of the helper's parameter at this index (`app.db` for `app`).
        case parameter(Int, [String])

        /// The store's members after its base.
        var members: [String] {
            switch self {
            case .selfMember(let members), .global(_, let members), .parameter(_, let members): return members
            }
        }
    }

    /// What a call's argument is, seen from the store.
    enum ArgumentRole: Hashable {
        case unrelated
        /// Something the store is reached from (`app` for `app.db`); the rest of the path.
        case owner(rest: [String])
        /// The transaction handle (or a parameter bound to it).
        case handle

        /// What an argument with the store's base is: an owner when its members lead part of the
        /// way to the store's (`app` for `app.db`), else unrelated.
        static func reaching(_ store: [String], from argument: [String]) -> ArgumentRole {
            guard argument.count < store.count, store.starts(with: argument) else { return .unrelated }
            return .owner(rest: Array(store.dropFirst(argument.count)))
        }
    }

    /// Where a helper uses the store, and how the helper spells it (`request.db`, `self.pool`).
    struct UseSite: Equatable {
        let file: String
        let line: Int
        let column: Int
        let text: String
        /// Why the use runs later than the call that reached it (`Task {}` in a helper), if it does.
        var deferredBy: String?
        /// The use is another connection of the store's owner (`self.backgroundContext` beside
        /// `self.container`), not the store itself.
        var isOtherConnection = false
    }

    let module: ModuleIndex
    let safeMembers: Set<String>
    /// The profile's store and handle types: a sibling of the store of one of these types is
    /// another connection.
    let connectionTypes: Set<String>
    private var answers: [Question: UseSite?] = [:]
    private var inProgress: Set<Question> = []
    /// The file being analyzed, when the module has the compiler index's answers.
    var indexedFile: IndexedFile?

    init(module: ModuleIndex, safeMembers: Set<String>, connectionTypes: Set<String> = []) {
        self.module = module
        self.safeMembers = safeMembers
        self.connectionTypes = connectionTypes
    }

    /// The first store use reached through a call to one of `candidates`. The call resolves to
    /// the candidates whose labels and arity fit it; when several fit, it counts only if every
    /// one of them reaches the store: never guess.
    func firstUse(candidates: [Int], labels: [String?], trailingClosures: Int, carried: Target?, roles: [ArgumentRole]) -> UseSite? {
        var first: UseSite?
        var fitted = 0
        for candidate in candidates {
            let parameters = module.functions[candidate].facts.parameters
            guard let binding = CallShape.bind(labels: labels, trailingClosures: trailingClosures, to: parameters) else { continue }
            fitted += 1
            var targets: [Target] = []
            if let carried { targets.append(carried) }
            var handles: Set<Int> = []
            for (argument, parameter) in binding {
                switch roles[argument] {
                case .unrelated: continue
                case .owner(let rest): targets.append(.parameter(parameter, rest))
                case .handle: handles.insert(parameter)
                }
            }
            let bound = Set(binding.map(\.parameter))
            let use = defaultUse(of: candidate, unbound: bound, carried: carried)
                ?? targets.lazy.compactMap { self.firstUse(in: candidate, target: $0, handles: handles) }.first
            guard let use else { return nil }
            first = first ?? use
        }
        return fitted == 0 ? nil : first
    }

    /// `context: NSManagedObjectContext = DataController.viewContext` left out by the call: the
    /// default is the store.
    private func defaultUse(of candidate: Int, unbound bound: Set<Int>, carried: Target?) -> UseSite? {
        guard case .global(let name, let members)? = carried else { return nil }
        let function = module.functions[candidate]
        for (index, parameter) in function.facts.parameters.enumerated() where !bound.contains(index) {
            guard let chain = parameter.defaultChain, chain.first == name, Array(chain.dropFirst()).starts(with: members) else { continue }
            return UseSite(
                file: function.file, line: parameter.defaultLine, column: parameter.defaultColumn,
                text: chain.prefix(members.count + 1).joined(separator: "."))
        }
        return nil
    }

    private func firstUse(in function: Int, target: Target, handles: Set<Int>) -> UseSite? {
        let question = Question(function: function, target: target, handles: handles)
        if let answer = answers[question] { return answer }
        guard inProgress.insert(question).inserted else { return nil }
        defer { inProgress.remove(question) }
        let answer = search(function, target: target, handles: handles)
        answers[question] = answer
        return answer
    }

    private func search(_ index: Int, target: Target, handles: Set<Int>) -> UseSite? {
        let function = module.functions[index]
        let facts = function.facts
        let summary = module.summary(of: index)
        func runsWithHandle(_ nilPathOf: Int?) -> Bool { nilPathOf.map(handles.contains) ?? false }
        for reference in summary.references where !runsWithHandle(reference.nilPathOf) {
            // `DataController.perform(context: context)` handed the transaction's handle runs in it.
            if reference.handedParameters.contains(where: handles.contains) { continue }
            let resolved = path(reference.root, reference.members, in: facts)
            if matches(resolved, target) && !readsPlainValue(resolved, in: facts) {
                return UseSite(
                    file: function.file, line: reference.line, column: reference.column, text: storeText(of: reference, target: target),
                    deferredBy: reference.deferredBy)
            }
            if let length = otherConnection(resolved, target, in: facts) {
                let written = [reference.root] + reference.members
                let implicitSelf = reference.root != "self" && resolved.base == .selfValue
                return UseSite(
                    file: function.file, line: reference.line, column: reference.column,
                    text: written.prefix(length + (implicitSelf ? 0 : 1)).joined(separator: "."), deferredBy: reference.deferredBy,
                    isOtherConnection: true)
            }
        }
        for call in summary.calls where !runsWithHandle(call.nilPathOf) {
            let resolved: (candidates: [Int], carried: Target?)?
            switch indexedCallee(call, in: function, target: target) {
            case .unknown: resolved = callee(of: call, in: facts, target: target)
            case .outside: resolved = nil
            case .function(let candidates, let carried): resolved = (candidates, carried)
            }
            guard let callee = resolved else { continue }
            let roles = call.arguments.map { argument -> ArgumentRole in
                guard let argument else { return .unrelated }
                let argumentPath = path(argument[0], Array(argument.dropFirst()), in: facts)
                if case .parameter(let index) = argumentPath.base, argumentPath.members.isEmpty, handles.contains(index) { return .handle }
                return role(of: argumentPath, target: target)
            }
            guard callee.carried != nil || roles.contains(where: { $0 != .unrelated }) else { continue }
            // A call on the store itself handed the transaction's handle runs inside it
            // (`DataController.perform(context: context) { … }`), as in the transaction closure.
            if roles.contains(.handle), let receiver = call.receiver, matches(path(receiver[0], Array(receiver.dropFirst()), in: facts), target) {
                continue
            }
            if var use = firstUse(
                candidates: callee.candidates, labels: call.labels, trailingClosures: call.trailingClosures, carried: callee.carried, roles: roles)
            {
                use.deferredBy = call.deferredBy ?? use.deferredBy
                return use
            }
        }
        return nil
    }

    /// The functions a call in `caller` may reach, and the target as the callee sees it.
    func callee(of call: CallFact, in caller: FunctionFacts, target: Target) -> (candidates: [Int], carried: Target?)? {
        // Only the caller's own `self` members carry into a method of the same type; a global
        // carries anywhere; a parameter of the caller means nothing to the callee.
        var sameSelf: Target? {
            if case .parameter = target { return nil }
            return target
        }
        var global: Target? {
            if case .global = target { return target }
            return nil
        }
        guard let receiver = call.receiver else {
            let methods = module.methods(of: caller.typeKey, named: call.name, isStatic: caller.isStatic)
            if !methods.isEmpty { return (methods, sameSelf) }
            let free = module.freeFunctions(named: call.name)
            return free.isEmpty ? nil : (free, global)
        }
        let receiverPath = path(receiver[0], Array(receiver.dropFirst()), in: caller)
        switch receiverPath.base {
        case .selfValue where receiverPath.members.isEmpty:
            let methods = module.methods(of: caller.typeKey, named: call.name, isStatic: caller.isStatic)
            return methods.isEmpty ? nil : (methods, sameSelf)
        case .global(let name) where receiverPath.members.isEmpty:
            // `Outbox.markSent(db)`, `Self.purge()`.
            let typeKey = name == "Self" ? caller.typeKey : name
            let methods = module.methods(of: typeKey, named: call.name, isStatic: true)
            return methods.isEmpty ? nil : (methods, global)
        case .global(let name) where receiverPath.members.count == 1:
            // `Storage.shared.save(x)`: an instance method, whose `self` is the store's owner when
            // the store is `Storage.shared.<members>`.
            let typeKey = name == "Self" ? caller.typeKey : name
            guard let type = module.types.type(of: receiverPath.members, from: typeKey) else { return nil }
            let methods = module.methods(of: type, named: call.name, isStatic: false)
            guard !methods.isEmpty else { return nil }
            if case .global(let targetName, let members) = target, targetName == name, members.count > 1,
                members.starts(with: receiverPath.members)
            {
                return (methods, .selfMember(Array(members.dropFirst())))
            }
            return (methods, global)
        case .selfValue where receiverPath.members.count == 1:
            // `self.repository.save(x)` on a property whose type the module declares.
            guard let type = module.types.members(of: caller.typeKey)?.propertyTypes[receiverPath.members[0]] else { return nil }
            let methods = module.methods(of: type, named: call.name, isStatic: false)
            return methods.isEmpty ? nil : (methods, global)
        default:
            return nil
        }
    }

    /// The part of a matched chain that names the store: the root written (unless it is an
    /// implicit member of `self`, then the first of the store's members) and the store's members.
    private func storeText(of reference: ChainFact, target: Target) -> String {
        var implicitSelf = false
        if case .selfMember = target { implicitSelf = reference.root != "self" }
        let written = [reference.root] + reference.members
        return written.prefix(max(1, target.members.count + (implicitSelf ? 0 : 1))).joined(separator: ".")
    }

    /// `Storage.shared.isReady`: a property the module declares as plain data.
    private func readsPlainValue(_ path: ResolvedPath, in function: FunctionFacts) -> Bool {
        switch path.base {
        case .selfValue: return module.types.endsInPlainValue(path.members, from: function.typeKey)
        case .global(let name): return module.types.endsInPlainValue(path.members, from: name)
        case .parameter: return false
        }
    }

    /// A sibling of the store, of one of the profile's connection types: `self.backgroundContext`
    /// when the store is `self.container`, `storage.main.context` beside `storage.async`. The
    /// length of the members that name it, or nil.
    private func otherConnection(_ path: ResolvedPath, _ target: Target, in function: FunctionFacts) -> Int? {
        let ownerType: String?
        switch (path.base, target) {
        case (.selfValue, .selfMember(let members)) where !members.isEmpty:
            guard path.members.starts(with: members.dropLast()) else { return nil }
            ownerType = module.types.type(of: members.dropLast(), from: function.typeKey)
            return connection(after: members, in: path.members, ownerType: ownerType)
        case (.global(let name), .global(let targetName, let members)) where name == targetName && !members.isEmpty:
            guard path.members.starts(with: members.dropLast()) else { return nil }
            ownerType = module.types.type(of: members.dropLast(), from: name)
            return connection(after: members, in: path.members, ownerType: ownerType)
        default:
            return nil
        }
    }

    private func connection(after store: [String], in members: [String], ownerType: String?) -> Int? {
        let owner = store.count - 1
        guard members.count > owner, members[owner] != store[owner], !safeMembers.contains(members[owner]) else { return nil }
        return module.types.connectionPrefix(of: Array(members.dropFirst(owner)), from: ownerType, types: connectionTypes).map { $0 + owner }
    }

    private func role(of argument: ResolvedPath, target: Target) -> ArgumentRole {
        let base: ResolvedPath.Base
        switch target {
        case .selfMember: base = .selfValue
        case .global(let name, _): base = .global(name)
        case .parameter(let index, _): base = .parameter(index)
        }
        guard argument.base == base else { return .unrelated }
        return .reaching(target.members, from: argument.members)
    }

    private func matches(_ path: ResolvedPath, _ target: Target) -> Bool {
        let storeMembers: [String]
        switch (path.base, target) {
        case (.selfValue, .selfMember(let members)): storeMembers = members
        case (.global(let name), .selfMember) where path.mayBeMember:
            return matches(ResolvedPath(base: .selfValue, members: [name] + path.members), target)
        case (.global(let name), .global(let target, let members)) where name == target: storeMembers = members
        case (.parameter(let index), .parameter(let target, let members)) where index == target: storeMembers = members
        default: return false
        }
        guard path.members.starts(with: storeMembers) else { return false }
        if path.members.count > storeMembers.count && safeMembers.contains(path.members[storeMembers.count]) { return false }
        return true
    }

    /// What a chain written in `function` denotes: `self` and its members (implicit ones
    /// included), a parameter, or a global.
    private func path(_ root: String, _ members: [String], in function: FunctionFacts) -> ResolvedPath {
        if root == "self" {
            if let first = members.first, let chain = module.types.computedChain(first, of: function.typeKey), chain.first?.first?.isUppercase != true {
                return ResolvedPath(base: .selfValue, members: chain + members.dropFirst())
            }
            return ResolvedPath(base: .selfValue, members: members)
        }
        if let index = function.parameters.firstIndex(where: { $0.name == root }) {
            return ResolvedPath(base: .parameter(index), members: members)
        }
        if let chain = module.types.computedChain(root, of: function.typeKey), chain.first?.first?.isUppercase != true {
            // `context` computed as `container.viewContext`: reading it reads the chain.
            return ResolvedPath(base: .selfValue, members: chain + members)
        }
        if module.types.members(of: function.typeKey)?.names.contains(root) == true {
            return ResolvedPath(base: .selfValue, members: [root] + members)
        }
        // Inside a type, a lower-case name the module does not declare is more often a member
        // declared elsewhere (a superclass, another module's extension) than a global.
        let mayBeMember = function.typeKey != nil && root.first?.isLowercase == true
        return ResolvedPath(base: .global(root), members: members, mayBeMember: mayBeMember)
    }

    private struct ResolvedPath {
        enum Base: Equatable {
            case selfValue
            case parameter(Int)
            case global(String)
        }

        let base: Base
        let members: [String]
        var mayBeMember = false
    }

    private struct Question: Hashable {
        let function: Int
        let target: Target
        let handles: Set<Int>
    }
}

import SwiftSyntax

/// Decides whether one name reference is a use of a given outer store, and what kind.
///
/// A reference is resolved, then the member chain around it is followed outward while it still
/// leads towards the store path: `self` → `self.store` → match. Only names that can matter are
/// looked up, since lookups dominate the cost.
struct StoreUseMatcher {
    enum Outcome {
        case none
        case use(position: AbsolutePosition, kind: OuterStoreUse.Kind)
    }

    let resolver: NameResolver
    let store: StorePath
    /// The receiver as written, to tell `let store = self.store; store.x()` from a real alias.
    let storeText: String
    /// Names that may resolve to the store or an alias of it.
    let candidateNames: Set<String>
    /// Method names of the store's type, for implicit-self calls and helpers.
    let methodNames: Set<String>
    /// Inside a transaction closure: one lookup per outer name. nil elsewhere (helper bodies).
    var outerNames: OuterNames?
    /// Members of the store the library documents as safe inside a transaction.
    let safeMembers: Set<String>
    /// The transaction closure's handle, inside the closure (nil in helper bodies).
    var handle: String?
    /// What a transaction wrapper of the module hands its body (`self.backgroundContext`): the
    /// same connection as the handle, so no escape.
    var handleEquivalent: StorePath?
    /// The profile's store and handle types, for siblings of the store that are other connections.
    var connectionTypes: Set<String> = []
    /// `name(label:)` calls that may be handed the store (`start(in:)`, `mergeChanges(into:)`).
    var safeArgumentCalls: Set<String> = []

    /// The store's root name when it is not `self` (`storage` of `storage.async`).
    let rootName: String?

    init(resolver: NameResolver, store: StorePath, storeText: String, rootName: String?, aliasNames: Set<String>, safeMembers: Set<String>) {
        self.rootName = rootName
        self.resolver = resolver
        self.store = store
        self.storeText = storeText
        self.safeMembers = safeMembers
        var names = aliasNames
        if let rootName { names.insert(rootName) }
        if case .selfValue(let typeKey) = store.root {
            if let first = store.members.first { names.insert(first) }
            methodNames = resolver.types.members(of: typeKey)?.methodNames ?? []
            // Implicit members of `self` that may be other connections beside the store.
            if store.members.count == 1, let facts = resolver.types.members(of: typeKey) {
                names.formUnion(facts.propertyTypes.keys)
                names.formUnion(facts.computedChains.keys)
            }
        } else {
            methodNames = []
        }
        candidateNames = names
    }

    /// Whether the store is `self` itself: then only method calls on it, and handing `self` on,
    /// count as uses (`self.logger` is not a database call).
    var storeIsSelf: Bool { store.isSelfRooted && store.members.isEmpty }

    func match(_ reference: DeclReferenceExprSyntax) -> Outcome {
        if reference.baseName.tokenKind != .keyword(.self) {
            let name = reference.baseName.text
            guard candidateNames.contains(name) || (methodNames.contains(name) && reference.isCallee) else {
                return .none
            }
        }
        guard let resolution = outerNames?.resolve(reference) ?? resolver.resolveRoot(reference) else { return .none }
        var path = resolution.path
        var node = Syntax(reference)
        while path != store, store.starts(with: path), let member = node.memberAccessOnSelf {
            path = extended(path, by: member.declName.baseName.text)
            node = Syntax(member)
        }
        let position = reference.positionAfterSkippingLeadingTrivia
        if let handleEquivalent, path.starts(with: handleEquivalent) { return .none }
        if path.starts(with: store) {
            if usesSafeMember(path, node) || callReceivesHandle(node) || isHandedToSafeCall(node) || readsPlainValue(path, node) { return .none }
            let alias = resolution.alias == storeText ? nil : resolution.alias
            guard let kind = classify(node, path: path, alias: alias) else { return .none }
            return .use(position: position, kind: kind)
        }
        if let connection = otherConnection(path, node) {
            if usesSafeMember(connection.path, connection.node) || callReceivesHandle(connection.node) || isHandedToSafeCall(connection.node) {
                return .none
            }
            return .use(position: position, kind: .otherConnection(connection.node.trimmedDescription))
        }
        return .none
    }

    /// `path.member`, where a computed property that reads one chain (`context` as
    /// `container.viewContext`) stands for that chain.
    private func extended(_ path: StorePath, by member: String) -> StorePath {
        let plain = path.appending(member)
        guard !store.starts(with: plain), let type = resolver.types.declaredType(of: path),
            let chain = resolver.types.computedChain(member, of: type), chain.first?.first?.isUppercase != true
        else { return plain }
        return StorePath(root: path.root, members: path.members + chain)
    }

    /// `DataController.shared.initializationCompleted`: the chain ends at a property the module
    /// declares as plain data.
    private func readsPlainValue(_ path: StorePath, _ node: Syntax) -> Bool {
        var members = path.members
        var current = node
        while let member = current.memberAccessOnSelf {
            members.append(member.declName.baseName.text)
            current = Syntax(member)
        }
        guard let rootType = resolver.types.declaredType(of: StorePath(root: path.root)) else { return false }
        return resolver.types.endsInPlainValue(members, from: rootType)
    }

    /// A sibling of the store of one of the profile's connection types: `storage.main.context`
    /// beside the store `storage.async`, `backgroundContext` beside `container`. Its path and the
    /// node that names it.
    private func otherConnection(_ path: StorePath, _ node: Syntax) -> (path: StorePath, node: Syntax)? {
        guard !connectionTypes.isEmpty, path.root == store.root, !store.members.isEmpty else { return nil }
        let owner = store.members.count - 1
        guard path.members.count > owner, Array(path.members.prefix(owner)) == Array(store.members.prefix(owner)),
            path.members[owner] != store.members[owner]
        else { return nil }
        // The rest of the chain as written.
        var members = path.members
        var current = node
        while let member = current.memberAccessOnSelf {
            members.append(member.declName.baseName.text)
            current = Syntax(member)
        }
        let ownerPath = StorePath(root: store.root, members: Array(store.members.prefix(owner)))
        guard let length = resolver.types.connectionPrefix(of: Array(members.dropFirst(owner)), from: resolver.types.declaredType(of: ownerPath), types: connectionTypes)
        else { return nil }
        // The node that ends the connection's name.
        var named = node
        for _ in 0..<max(0, owner + length - path.members.count) {
            guard let member = named.memberAccessOnSelf else { break }
            named = Syntax(member)
        }
        return (StorePath(root: store.root, members: Array(members.prefix(owner + length))), named)
    }

    /// What a chain written inside the transaction closure denotes, for the names that can lead
    /// to the store (its root, aliases, `self`); nil for anything else.
    func path(of expression: ExprSyntax) -> StorePath? {
        guard let chain = ReferenceChain(expression),
            chain.root.baseName.tokenKind == .keyword(.self) || candidateNames.contains(chain.root.baseName.text),
            var resolution = outerNames?.resolve(chain.root) ?? resolver.resolveRoot(chain.root)
        else { return nil }
        resolution.path.members += chain.members
        return resolution.path
    }

    /// `repository.save(item, on: tx)`, `loadProfile(db)`: a call on the store, or on something
    /// reached from it, that is handed the transaction handle runs inside the transaction.
    /// So does a call handed the store next to the handle (`post.write(to: database, core: core)`):
    /// one the module declares is followed as a helper, on the path the handle takes.
    private func callReceivesHandle(_ node: Syntax) -> Bool {
        guard let handle else { return false }
        var current = node
        while let member = current.memberAccessOnSelf { current = Syntax(member) }
        let site = current.valueSite
        let call: FunctionCallExprSyntax
        if site.isCallee, let owner = site.parent?.as(FunctionCallExprSyntax.self) {
            call = owner
        } else if site.isCallArgument, let owner = site.parent?.parent?.parent?.as(FunctionCallExprSyntax.self) {
            call = owner
        } else {
            return false
        }
        return call.arguments.contains { $0.expression.handedValue.as(DeclReferenceExprSyntax.self)?.baseName.text == handle }
    }

    /// The store handed to a call the profile documents as safe (`observation.start(in: dbQueue)`),
    /// directly or in an array literal (`mergeChanges(fromRemoteContextSave:into: [viewContext, context])`),
    /// also through a local bound to that literal.
    private func isHandedToSafeCall(_ node: Syntax) -> Bool {
        guard !safeArgumentCalls.isEmpty else { return false }
        var current = node
        while let member = current.memberAccessOnSelf { current = Syntax(member) }
        var site = current.valueSite
        if site.isCollectionElement, let literal = site.parent?.parent?.parent {
            site = literal.valueSite
            if let binding = site.parent?.parent?.as(PatternBindingSyntax.self),
                let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                let block = binding.ancestor(CodeBlockItemListSyntax.self)
            {
                let uses = ReferenceCollector.roots(in: block).filter { $0.baseName.text == name }
                return !uses.isEmpty && uses.allSatisfy { isSafeArgument(Syntax($0).valueSite) }
            }
        }
        return isSafeArgument(site)
    }

    private func isSafeArgument(_ site: Syntax) -> Bool {
        guard site.isCallArgument, let argument = site.parent?.as(LabeledExprSyntax.self),
            let call = argument.parent?.parent?.as(FunctionCallExprSyntax.self)
        else { return false }
        guard let name = call.calleeBaseName else { return false }
        return safeArgumentCalls.contains("\(name)(\(argument.label?.text ?? "_"):)")
    }

    /// `store.makeSnapshot()`, `self.logger`, or `interrupt()` on an implicit-self store: a member
    /// the library documents as safe.
    /// A safe member anywhere after the store counts (`DataController.viewContextInMemory.persistentStoreCoordinator`).
    private func usesSafeMember(_ path: StorePath, _ node: Syntax) -> Bool {
        guard !safeMembers.isEmpty else { return false }
        if path.members.count > store.members.count, path.members[store.members.count...].contains(where: safeMembers.contains) { return true }
        var current = node
        while let member = current.memberAccessOnSelf {
            if safeMembers.contains(member.declName.baseName.text) { return true }
            current = Syntax(member)
        }
        return false
    }

    private func classify(_ node: Syntax, path: StorePath, alias: String?) -> OuterStoreUse.Kind? {
        let site = node.valueSite
        if site.isAliasInitializer { return nil }
        if storeIsSelf {
            if path != store {
                // An implicit-self call `x()` on the store.
                return site.isCallee ? .direct : nil
            }
            if site.isCallArgument { return .argument }
            if site.isCollectionElement { return .collection }
            // `self.x()` or `me.x()`, not `self.logger`.
            guard let member = node.memberAccessOnSelf, Syntax(member).valueSite.isCallee else { return nil }
            return alias.map { .alias($0) } ?? .direct
        }
        if site.isCallArgument { return .argument }
        if site.isCollectionElement { return .collection }
        return alias.map { .alias($0) } ?? .direct
    }
}

extension Syntax {
    /// `x` in `let a = x` or `if let a = x`: binding a new name, not yet a use.
    var isAliasInitializer: Bool {
        guard let clause = parent?.as(InitializerClauseSyntax.self) else { return false }
        return clause.parent?.is(PatternBindingSyntax.self) == true || clause.parent?.is(OptionalBindingConditionSyntax.self) == true
            || clause.parent?.is(ClosureCaptureSyntax.self) == true
    }

    /// An argument of a call, subscript or macro expansion.
    var isCallArgument: Bool {
        guard let argument = parent?.as(LabeledExprSyntax.self), let list = argument.parent?.as(LabeledExprListSyntax.self) else {
            return false
        }
        switch list.parent?.kind {
        case .functionCallExpr, .subscriptCallExpr, .macroExpansionExpr: return true
        default: return false
        }
    }

    var isCollectionElement: Bool {
        parent?.is(ArrayElementSyntax.self) == true || parent?.is(DictionaryElementSyntax.self) == true
    }
}

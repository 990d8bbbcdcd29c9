import SwiftSyntax

/// The scan of one transaction closure for uses of its receiver: direct ones, through the
/// matcher, and through the module's helpers, through ``HelperReach``.
struct TransactionScan {
    let call: TransactionCall
    let resolver: NameResolver
    let reach: HelperReach
    let aliases: TransactionCallCollector
    let safeMembers: Set<String>
    let timing: ClosureTiming
    let connectionTypes: Set<String>
    let safeArgumentCalls: Set<String>

    func uses() -> [OuterStoreUse] {
        // `textView.update { … }` on a receiver declared as something else is no transaction, and
        // a call on the handle's own type is the handle's API.
        if let isTransaction = indexedIsTransaction() {
            if !isTransaction { return [] }
        } else if !call.storeTypes.isEmpty || !call.handleTypes.isEmpty,
            let type = resolver.declaredType(ofReceiver: call.receiver, in: call.closure),
            !call.storeTypes.contains(type) && (call.handleTypes.contains(type) || !call.storeTypes.isEmpty)
        {
            return []
        }
        guard let made = makeMatcher() else { return [] }
        // A wrapper of the module's own that hands its body `self.backgroundContext` (or the store
        // itself): that is the transaction's connection, and its siblings are other connections.
        let wrapped = wrapperHandle(store: made.matcher.store)
        var matcher = wrapped.map {
            StoreUseMatcher(
                resolver: resolver, store: $0, storeText: call.receiverText, rootName: made.matcher.rootName, aliasNames: [],
                safeMembers: safeMembers)
        } ?? made.matcher
        // The receiver's root was looked up where the closure is written: the closure sees it alike.
        matcher.outerNames = OuterNames(closure: call.closure, resolver: resolver, known: made.receiverRoot)
        matcher.handle = call.handle
        matcher.handleEquivalent = wrapped
        matcher.connectionTypes = connectionTypes
        matcher.safeArgumentCalls = safeArgumentCalls
        var uses: [OuterStoreUse] = []
        for reference in ReferenceCollector.roots(in: call.closure.statements) {
            if case .use(let position, let kind) = matcher.match(reference) {
                uses.append(use(at: position, kind: kind, node: reference))
            }
        }
        // When the store is `self` itself, every method call on it is already a direct use; a
        // wrapper's own connection reaches nothing outside.
        guard !matcher.storeIsSelf, wrapped == nil else { return uses }
        let calls = CallCollector(viewMode: .sourceAccurate)
        calls.walk(call.closure.statements)
        // Types declared inside a transaction closure are rare enough to ignore here.
        let enclosingType = TypeIndex.enclosingTypeKey(of: call.closure)
        for helperCall in calls.calls {
            if let use = helperUse(helperCall, in: enclosingType, matcher: matcher) { uses.append(use) }
        }
        return uses
    }

    /// A call to one of the module's methods or functions (`helper(x)`, `self.helper(x)`,
    /// `Outbox.markSent(db)`, `sync(app: app, on: tx)`) that reaches the store in its body.
    private func helperUse(_ helperCall: FunctionCallExprSyntax, in enclosingType: String?, matcher: StoreUseMatcher) -> OuterStoreUse? {
        if let indexed = indexedHelperUse(helperCall, in: enclosingType, matcher: matcher) { return indexed }
        let module = reach.module
        let name: String
        let candidates: [Int]
        var carriesSelf = false
        if let reference = helperCall.calledExpression.as(DeclReferenceExprSyntax.self) {
            name = reference.baseName.text
            let methods = module.methods(of: enclosingType, named: name)
            carriesSelf = !methods.isEmpty
            candidates = carriesSelf ? methods : module.freeFunctions(named: name)
        } else if let member = helperCall.calledExpression.as(MemberAccessExprSyntax.self), let base = member.base {
            name = member.declName.baseName.text
            switch base.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind {
            case .keyword(.self):
                candidates = module.methods(of: enclosingType, named: name)
                carriesSelf = true
            case .keyword(.Self):
                candidates = module.methods(of: enclosingType, named: name, isStatic: true)
            case .identifier(let typeName) where typeName.first?.isUppercase == true && module.hasType(typeName):
                candidates = module.methods(of: typeName, named: name, isStatic: true)
            default:
                return ownerOrUnknownReceiverUse(helperCall, name: name, base: base, matcher: matcher)
            }
        } else {
            return nil
        }
        guard !candidates.isEmpty else { return nil }

        let store = matcher.store
        let carried: HelperReach.Target?
        switch store.root {
        case .selfValue(let typeKey) where carriesSelf && typeKey == enclosingType && !store.members.isEmpty:
            carried = .selfMember(store.members)
        case .unresolved(let global):
            carried = .global(global, store.members)
        default:
            carried = nil
        }
        return followed(helperCall, name: name, candidates: candidates, carried: carried, matcher: matcher)
    }

    /// A call on something other than `self` or a type: `Storage.shared.save(x)` where the store
    /// is `Storage.shared.pool` (the method's `self` owns the store), or a method on a value whose
    /// type the code does not state (`forum.logModeration(on: req)`), followed when exactly one
    /// declaration of the module fits its name, labels and arity, and an argument owns the store.
    private func ownerOrUnknownReceiverUse(_ helperCall: FunctionCallExprSyntax, name: String, base: ExprSyntax, matcher: StoreUseMatcher) -> OuterStoreUse? {
        let module = reach.module
        guard let chain = ReferenceChain(base), chain.root.baseName.text != call.handle else { return nil }
        let store = matcher.store
        if let path = matcher.path(of: base), path.root == store.root, path.members.count < store.members.count,
            store.members.starts(with: path.members)
        {
            let candidates = module.methods(of: module.types.declaredType(of: path), named: name, isStatic: false)
            guard !candidates.isEmpty else { return nil }
            return followed(
                helperCall, name: name, candidates: candidates, carried: .selfMember(Array(store.members.dropFirst(path.members.count))),
                matcher: matcher)
        }
        var globalStore: HelperReach.Target? {
            if case .unresolved(let global) = store.root { return .global(global, store.members) }
            return nil
        }
        // `Sync.shared.send(records)`: an instance method of a module type's shared instance.
        let rootName = chain.root.baseName.text
        if rootName.first?.isUppercase == true, module.hasType(rootName), !chain.members.isEmpty,
            let type = module.types.type(of: chain.members, from: rootName)
        {
            let candidates = module.methods(of: type, named: name, isStatic: false)
            return candidates.isEmpty ? nil : followed(helperCall, name: name, candidates: candidates, carried: globalStore, matcher: matcher)
        }
        let fitting = module.functions(named: name).filter { index in
            !module.functions[index].facts.isStatic
                && CallShape.bind(
                    labels: helperCall.argumentLabels, trailingClosures: helperCall.trailingClosureCount, to: module.functions[index].facts.parameters) != nil
        }
        guard fitting.count == 1 else { return nil }
        return followed(helperCall, name: name, candidates: fitting, carried: nil, matcher: matcher)
    }

    /// Follows a call into `candidates` with what it carries and the roles of its arguments.
    func followed(
        _ helperCall: FunctionCallExprSyntax, name: String, candidates: [Int], carried: HelperReach.Target?, matcher: StoreUseMatcher
    ) -> OuterStoreUse? {
        let store = matcher.store
        let handed = helperCall.arguments.contains { $0.expression.handedValue.as(DeclReferenceExprSyntax.self)?.baseName.text == call.handle }
        let roles = helperCall.arguments.map { argument -> HelperReach.ArgumentRole in
            let expression = argument.expression.handedValue
            if expression.as(DeclReferenceExprSyntax.self)?.baseName.text == call.handle { return .handle }
            guard let path = matcher.path(of: expression), path.root == store.root else { return .unrelated }
            // The store itself next to the handle is not reported where it is passed: the callee
            // is followed instead, on the path the handle takes.
            if handed && path.members == store.members { return .owner(rest: []) }
            return .reaching(store.members, from: path.members)
        }
        guard carried != nil || roles.contains(where: { $0 != .unrelated }),
            let site = reach.firstUse(
                candidates: candidates, labels: helperCall.argumentLabels, trailingClosures: helperCall.trailingClosureCount,
                carried: carried, roles: roles)
        else { return nil }
        var found = use(at: helperCall.calledExpression.positionAfterSkippingLeadingTrivia, kind: .helper(name: name, use: site), node: helperCall)
        // Timing is judged at every hop: a helper that uses the store in a `Task {}` does so later.
        if found.escapingReason == nil, let deferred = site.deferredBy { found.escapingReason = "\(deferred) in '\(name)()'" }
        return found
    }

    private func use(at position: AbsolutePosition, kind: OuterStoreUse.Kind, node: some SyntaxProtocol) -> OuterStoreUse {
        OuterStoreUse(
            position: position, kind: kind, store: call.receiverText, method: call.method, handle: call.handle,
            escapingReason: timing.escapingReason(of: node, inside: call.closure.id))
    }

    /// What a transaction method the module declares on the store's own type hands its body:
    /// the store itself (`func perform(body:) { context.performAndWait { body(self) } }`) or one
    /// of its members (`body(backgroundContext)`). Then that is the transaction's connection.
    private func wrapperHandle(store: StorePath) -> StorePath? {
        let module = reach.module
        // A type itself (`DataController.perform`) calls a static method: no wrapper instance.
        if case .unresolved = store.root, store.members.isEmpty { return nil }
        guard let storeType = module.types.declaredType(of: store) else { return nil }
        let declared = module.methods(of: storeType, named: call.method, isStatic: false)
        guard declared.count == 1, let wrapper = declared.first else { return nil }
        let parameters = module.functions[wrapper].facts.parameters
        guard let body = parameters.lastIndex(where: { $0.isEscapingClosure || $0.isNonEscapingClosure }) else { return nil }
        for handed in module.summary(of: wrapper).parameterCalls where handed.parameter == body {
            guard let chain = handed.arguments.first ?? nil, let first = chain.first else { continue }
            let members = first == "self" ? Array(chain.dropFirst()) : chain
            if first != "self" && module.types.members(of: storeType)?.names.contains(first) != true { continue }
            return StorePath(root: store.root, members: store.members + members)
        }
        return nil
    }

    /// The matcher for this transaction's store, and the lookup of the receiver's root name.
    private func makeMatcher() -> (matcher: StoreUseMatcher, receiverRoot: [String: NameResolver.Resolution])? {
        let store: StorePath
        var rootName: String?
        var receiverRoot: [String: NameResolver.Resolution] = [:]
        // Only aliases of something the store can be reached from are worth a lookup.
        var roots: Set<String> = ["self"]
        if let receiver = call.receiver {
            guard let chain = ReferenceChain(receiver), let resolution = resolver.resolveRoot(chain.root) else { return nil }
            store = StorePath(root: resolution.path.root, members: resolution.path.members + chain.members)
            if chain.root.baseName.tokenKind != .keyword(.self) {
                rootName = chain.root.baseName.text
                receiverRoot[chain.root.baseName.text] = resolution
                roots.insert(chain.root.baseName.text)
            }
        } else {
            store = StorePath(root: .selfValue(typeKey: TypeIndex.enclosingTypeKey(of: call.closure)))
        }
        if case .unresolved(let name) = store.root { rootName = name }
        if let rootName { roots.insert(rootName) }
        if store.isSelfRooted, let first = store.members.first { roots.insert(first) }
        let matcher = StoreUseMatcher(
            resolver: resolver, store: store, storeText: call.receiverText, rootName: rootName,
            aliasNames: aliases.aliases(reachableFrom: roots), safeMembers: safeMembers)
        return (matcher, receiverRoot)
    }
}

/// Every call in a subtree, outermost first.
private final class CallCollector: SyntaxVisitor {
    var calls: [FunctionCallExprSyntax] = []

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        calls.append(node)
        return .visitChildren
    }
}

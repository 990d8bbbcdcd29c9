import SwiftSyntax

/// The scan of one transaction closure for uses of its receiver: direct ones, through the
/// matcher, and through the module's helpers, through ``HelperReach``.
struct TransactionScan {
    let call: TransactionCall
    let resolver: NameResolver
    let reach: HelperReach
    let aliases: TransactionCallCollector
    let safeMembers: Set<String>
    let afterTransactionCallbacks: Set<String>

    func uses() -> [OuterStoreUse] {
        // `textView.update { … }` on a receiver declared as something else is no transaction, and
        // a call on the handle's own type is the handle's API.
        if !call.storeTypes.isEmpty || !call.handleTypes.isEmpty,
            let type = resolver.declaredType(ofReceiver: call.receiver, in: call.closure),
            !call.storeTypes.contains(type) && (call.handleTypes.contains(type) || !call.storeTypes.isEmpty)
        {
            return []
        }
        guard let made = makeMatcher() else { return [] }
        var matcher = made.matcher
        // The receiver's root was looked up where the closure is written: the closure sees it alike.
        matcher.outerNames = OuterNames(closure: call.closure, resolver: resolver, known: made.receiverRoot)
        matcher.handle = call.handle
        var uses: [OuterStoreUse] = []
        for reference in ReferenceCollector.roots(in: call.closure.statements) {
            if case .use(let position, let kind) = matcher.match(reference) {
                uses.append(use(at: position, kind: kind, node: reference))
            }
        }
        // When the store is `self` itself, every method call on it is already a direct use.
        guard !matcher.storeIsSelf else { return uses }
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
        let module = reach.module
        let name: String
        let candidates: [Int]
        var carriesSelf = false
        if let reference = helperCall.calledExpression.as(DeclReferenceExprSyntax.self) {
            name = reference.baseName.text
            let methods = module.methods(of: enclosingType, named: name)
            carriesSelf = !methods.isEmpty
            candidates = carriesSelf ? methods : module.freeFunctions(named: name)
        } else if let member = helperCall.calledExpression.as(MemberAccessExprSyntax.self),
            let base = member.base?.as(DeclReferenceExprSyntax.self)
        {
            name = member.declName.baseName.text
            switch base.baseName.tokenKind {
            case .keyword(.self):
                candidates = module.methods(of: enclosingType, named: name)
                carriesSelf = true
            case .keyword(.Self):
                candidates = module.methods(of: enclosingType, named: name, isStatic: true)
            case .identifier(let typeName) where typeName.first?.isUppercase == true && module.hasType(typeName):
                candidates = module.methods(of: typeName, named: name, isStatic: true)
            default:
                return nil
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
        let roles = helperCall.arguments.map { argument -> HelperReach.ArgumentRole in
            let expression = argument.expression.passedValue
            if expression.as(DeclReferenceExprSyntax.self)?.baseName.text == call.handle { return .handle }
            guard let path = matcher.path(of: expression), path.root == store.root else { return .unrelated }
            return .reaching(store.members, from: path.members)
        }
        guard carried != nil || roles.contains(where: { $0 != .unrelated }),
            let site = reach.firstUse(
                candidates: candidates, labels: helperCall.argumentLabels, trailingClosures: helperCall.trailingClosureCount,
                carried: carried, roles: roles)
        else { return nil }
        return use(at: helperCall.calledExpression.positionAfterSkippingLeadingTrivia, kind: .helper(name: name, use: site), node: helperCall)
    }

    private func use(at position: AbsolutePosition, kind: OuterStoreUse.Kind, node: some SyntaxProtocol) -> OuterStoreUse {
        OuterStoreUse(
            position: position, kind: kind, store: call.receiverText, method: call.method, handle: call.handle,
            escapingReason: ClosureTiming.escapingReason(of: node, inside: call.closure, afterTransactionCallbacks: afterTransactionCallbacks))
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

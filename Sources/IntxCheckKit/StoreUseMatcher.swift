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

    init(resolver: NameResolver, store: StorePath, storeText: String, rootName: String?, aliasNames: Set<String>, safeMembers: Set<String>) {
        self.resolver = resolver
        self.store = store
        self.storeText = storeText
        self.safeMembers = safeMembers
        var names = aliasNames
        if let rootName { names.insert(rootName) }
        if case .selfValue(let typeKey) = store.root {
            if let first = store.members.first { names.insert(first) }
            methodNames = resolver.types.members(of: typeKey)?.methodNames ?? []
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
            path = path.appending(member.declName.baseName.text)
            node = Syntax(member)
        }
        let position = reference.positionAfterSkippingLeadingTrivia
        if path.starts(with: store) {
            if usesSafeMember(path, node) || callReceivesHandle(node) { return .none }
            let alias = resolution.alias == storeText ? nil : resolution.alias
            guard let kind = classify(node, path: path, alias: alias) else { return .none }
            return .use(position: position, kind: kind)
        }
        return .none
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
    private func callReceivesHandle(_ node: Syntax) -> Bool {
        guard let handle else { return false }
        var current = node
        while let member = current.memberAccessOnSelf { current = Syntax(member) }
        let site = current.valueSite
        guard site.isCallee, let call = site.parent?.as(FunctionCallExprSyntax.self) else { return false }
        return call.arguments.contains { $0.expression.passedValue.as(DeclReferenceExprSyntax.self)?.baseName.text == handle }
    }

    /// `store.makeSnapshot()`, `self.logger`, or `interrupt()` on an implicit-self store: a member
    /// the library documents as safe.
    private func usesSafeMember(_ path: StorePath, _ node: Syntax) -> Bool {
        guard !safeMembers.isEmpty else { return false }
        if path.members.count > store.members.count { return safeMembers.contains(path.members[store.members.count]) }
        guard let member = node.memberAccessOnSelf else { return false }
        return safeMembers.contains(member.declName.baseName.text)
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

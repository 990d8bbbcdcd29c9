import SwiftSyntax

/// The file under analysis, for the compiler index's lookups by line and column.
struct IndexedFile {
    let displayPath: String
    let lines: LineTable
}

/// Where the compiler's index answers what syntax has to guess (`--index-store`): which type's
/// method the transaction call is, and which function each call in the closure names. Every
/// answer is optional: without one, the syntactic reasoning decides, as without an index.
extension TransactionScan {
    /// Whether the transaction method is declared on one of the profile's store types (and not
    /// on a handle type); nil when the index has no answer or the profile names no types.
    func indexedIsTransaction() -> Bool? {
        guard !call.storeTypes.isEmpty || !call.handleTypes.isEmpty, let name = Self.methodName(calling: call.closure),
            let types = indexedLocation(of: name).flatMap({ reach.module.indexed?.declaringTypes(inFile: $0.file, line: $0.line, column: $0.column, name: call.method) })
        else { return nil }
        if types.contains(where: call.storeTypes.contains) { return true }
        return call.storeTypes.isEmpty && !types.contains(where: call.handleTypes.contains)
    }

    /// The use a call in the closure makes through the function the index says it calls; the
    /// outer nil when the index has no answer (then the syntactic lookup decides).
    func indexedHelperUse(_ helperCall: FunctionCallExprSyntax, in enclosingType: String?, matcher: StoreUseMatcher) -> OuterStoreUse?? {
        let nameToken: TokenSyntax
        var base: ExprSyntax?
        if let reference = helperCall.calledExpression.as(DeclReferenceExprSyntax.self) {
            nameToken = reference.baseName
        } else if let member = helperCall.calledExpression.as(MemberAccessExprSyntax.self), let memberBase = member.base {
            nameToken = member.declName.baseName
            base = memberBase
        } else {
            return nil
        }
        let name = nameToken.text
        guard let location = indexedLocation(of: nameToken),
            let answer = reach.module.indexed?.callee(inFile: location.file, line: location.line, column: location.column, name: name)
        else { return nil }
        guard case .function(let function) = answer else { return .some(nil) }
        // A call on the handle is the handle's API, with or without an index.
        if let base, let chain = ReferenceChain(base), chain.root.baseName.text == call.handle { return .some(nil) }
        let store = matcher.store
        var carried: HelperReach.Target?
        let callsSelf = base == nil || base?.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self)
        if let base, let path = matcher.path(of: base), path.root == store.root, path.members.count < store.members.count,
            store.members.starts(with: path.members)
        {
            // `Storage.shared.save(x)` where the store is `Storage.shared.pool`: the method's `self` owns it.
            carried = .selfMember(Array(store.members.dropFirst(path.members.count)))
        } else if case .selfValue(let typeKey) = store.root, callsSelf, typeKey == enclosingType,
            reach.module.functions[function].facts.typeKey == enclosingType, !store.members.isEmpty
        {
            carried = .selfMember(store.members)
        } else if case .unresolved(let global) = store.root {
            carried = .global(global, store.members)
        }
        return .some(followed(helperCall, name: name, candidates: [function], carried: carried, matcher: matcher))
    }

    private func indexedLocation(of token: TokenSyntax) -> (file: String, line: Int, column: Int)? {
        guard let file = reach.indexedFile else { return nil }
        let location = file.lines.location(of: token.positionAfterSkippingLeadingTrivia)
        return (file.displayPath, location.line, location.column)
    }

    /// The name of the method a transaction closure is handed to: the closure is its trailing
    /// closure, an argument, or one of several trailing closures.
    private static func methodName(calling closure: ClosureExprSyntax) -> TokenSyntax? {
        var node = closure.parent
        for _ in 0..<3 {
            guard let current = node else { return nil }
            if let call = current.as(FunctionCallExprSyntax.self) {
                if let member = call.calledExpression.as(MemberAccessExprSyntax.self) { return member.declName.baseName }
                return call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName
            }
            node = current.parent
        }
        return nil
    }
}

extension HelperReach {
    /// What the index says a call in a helper's body is.
    enum IndexedCallee {
        /// No answer: the syntactic lookup decides.
        case unknown
        /// A function outside the package: nothing to follow.
        case outside
        case function(candidates: [Int], carried: Target?)
    }

    /// The function a call in `caller`'s body names, per the index, and what the store is as
    /// the callee sees it (as the syntactic lookup has it when it found the same function).
    func indexedCallee(_ call: CallFact, in caller: ModuleIndex.Function, target: Target) -> IndexedCallee {
        guard let answer = module.indexed?.callee(inFile: caller.file, line: call.line, column: call.column, name: call.name) else { return .unknown }
        guard case .function(let exact) = answer else { return .outside }
        if let syntactic = callee(of: call, in: caller.facts, target: target), syntactic.candidates.contains(exact) {
            return .function(candidates: [exact], carried: syntactic.carried)
        }
        if case .global = target { return .function(candidates: [exact], carried: target) }
        return .function(candidates: [exact], carried: nil)
    }
}

import SwiftSyntax

/// Whether a method of a type, declared in this file (extensions included), uses a store, directly
/// or through the methods it calls in turn. Answers are memoized; a method already being examined
/// counts as not using it, which ends recursion cycles.
final class HelperUsage {
    private let types: TypeIndex
        private var answers: [HelperKey: AbsolutePosition?] = [:]
    private var inProgress: Set<HelperKey> = []

    init(types: TypeIndex) {
        self.types = types
    }

    /// Where the first store use reached from the call `typeKey.name(…)` is, or nil. The call
    /// resolves to the overloads whose labels and arity fit it; when several fit, it counts only
    /// if every one of them uses the store: never guess.
    func firstUse(typeKey: String?, call: CallShape, matcher: StoreUseMatcher) -> AbsolutePosition? {
        let key = HelperKey(typeKey: typeKey, call: call, store: matcher.store)
        if let answer = answers[key] { return answer }
        guard inProgress.insert(key).inserted else { return nil }
        defer { inProgress.remove(key) }
        // Helper bodies are outside the transaction closure: their names get full lookups, and
        // the closure's handle is not in scope there.
        var bodyMatcher = matcher
        bodyMatcher.outerNames = nil
        bodyMatcher.handle = nil
        let candidates = (types.members(of: typeKey)?.methods[call.name] ?? []).filter(call.fits)
        var first: AbsolutePosition?
        for function in candidates {
            guard let use = search(function, typeKey: typeKey, matcher: bodyMatcher) else {
                first = nil
                break
            }
            first = first ?? use
        }
        let answer = first
        answers[key] = answer
        return answer
    }

    private func search(_ function: FunctionDeclSyntax, typeKey: String?, matcher: StoreUseMatcher) -> AbsolutePosition? {
        guard let body = function.body else { return nil }
        for reference in ReferenceCollector.roots(in: body) {
            switch matcher.match(reference) {
            case .none:
                continue
            case .use(let position, _):
                return position
            case .helperCall(let calleeType, let callee, _):
                if calleeType == typeKey, let use = firstUse(typeKey: calleeType, call: callee, matcher: matcher) {
                    return use
                }
            }
        }
        return nil
    }
}

/// One question asked of a helper: does `typeKey.method()` reach `store`?
private struct HelperKey: Hashable {
    let typeKey: String?
    let call: CallShape
    let store: StorePath
}

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

    /// Where the first store use reached from `typeKey.name()` is, or nil.
    func firstUse(typeKey: String?, method name: String, matcher: StoreUseMatcher) -> AbsolutePosition? {
        let key = HelperKey(typeKey: typeKey, method: name, store: matcher.store)
        if let answer = answers[key] { return answer }
        guard inProgress.insert(key).inserted else { return nil }
        defer { inProgress.remove(key) }
        // Helper bodies are outside the transaction closure: their names get full lookups.
        var bodyMatcher = matcher
        bodyMatcher.outerNames = nil
        let answer = search(typeKey: typeKey, method: name, matcher: bodyMatcher)
        answers[key] = answer
        return answer
    }

    private func search(typeKey: String?, method name: String, matcher: StoreUseMatcher) -> AbsolutePosition? {
        for function in types.members(of: typeKey)?.methods[name] ?? [] {
            guard let body = function.body else { continue }
            for reference in ReferenceCollector.roots(in: body) {
                switch matcher.match(reference) {
                case .none:
                    continue
                case .use(let position, _):
                    return position
                case .helperCall(let calleeType, let callee, _):
                    if calleeType == typeKey, let use = firstUse(typeKey: calleeType, method: callee, matcher: matcher) {
                        return use
                    }
                }
            }
        }
        return nil
    }
}

/// One question asked of a helper: does `typeKey.method()` reach `store`?
private struct HelperKey: Hashable {
    let typeKey: String?
    let method: String
    let store: StorePath
}

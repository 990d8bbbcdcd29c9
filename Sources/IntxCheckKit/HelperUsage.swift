import SwiftSyntax

/// Whether a method of a type, declared in this file (extensions included), uses a store, directly
/// or through the methods it calls in turn. Answers are memoized; a method already being examined
/// counts as not using it, which ends recursion cycles.
final class HelperUsage {
    private let types: TypeIndex
    private let converter: SourceLocationConverter
    private var answers: [String: Int?] = [:]
    private var inProgress: Set<String> = []

    init(types: TypeIndex, converter: SourceLocationConverter) {
        self.types = types
        self.converter = converter
    }

    /// The line of the first store use reached from `typeKey.name()`, or nil.
    func firstUse(typeKey: String?, method name: String, matcher: StoreUseMatcher) -> Int? {
        let key = "\(typeKey ?? "")\u{0}\(name)\u{0}\(matcher.store)"
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

    private func search(typeKey: String?, method name: String, matcher: StoreUseMatcher) -> Int? {
        for function in types.members(of: typeKey)?.methods[name] ?? [] {
            guard let body = function.body else { continue }
            for reference in ReferenceCollector.roots(in: body) {
                switch matcher.match(reference) {
                case .none:
                    continue
                case .use(let position, _):
                    return converter.location(for: position).line
                case .helperCall(let calleeType, let callee, _):
                    if calleeType == typeKey, let line = firstUse(typeKey: calleeType, method: callee, matcher: matcher) {
                        return line
                    }
                }
            }
        }
        return nil
    }
}

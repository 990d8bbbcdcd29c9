import Foundation

import SwiftSyntax

import ToolSupport

/// What intxcheck is asked to do; part of the result-cache key.
public struct IntxCheckOptions: Sendable, Hashable {
    public static let defaultMethods = LibraryProfile.conventional.transactionMethods.map(\.name)

    /// The library knowledge in effect: the selected profiles, `--method` and `--allow`, merged.
    public var profile: LibraryProfile
    public var reportUnusedIgnores: Bool

    public init(profile: LibraryProfile = .conventional, reportUnusedIgnores: Bool = false) {
        self.profile = profile
        self.reportUnusedIgnores = reportUnusedIgnores
    }

    /// Plain transaction method names, as `--method` gives them.
    public init(methods: [String], reportUnusedIgnores: Bool = false) {
        self.init(profile: LibraryProfile(name: "methods", transactionMethods: methods.map { .init($0) }), reportUnusedIgnores: reportUnusedIgnores)
    }

    /// Transaction method names; a closure passed to one of these is a transaction closure.
    public var methods: [String] {
        get { profile.transactionMethods.map(\.name) }
        set { profile.transactionMethods = newValue.map { .init($0) } }
    }

    /// A stable text form for cache keys.
    public var cacheDescription: String {
        "profile=\(profile.cacheDescription);unused=\(reportUnusedIgnores)"
    }
}

/// The analyzer: flags uses of the outer store inside transaction closures.
public enum IntxCheck {
    /// Analyzes one file that parsed.
    public static func analyze(_ context: FileContext, options: IntxCheckOptions = IntxCheckOptions()) -> [Diagnostic] {
        let source = context.file.text
        // Files that never name a transaction method (most of them) cost a parse and nothing more.
        let mentionsMethod = options.methods.contains { source.containsBytes($0) }
        let mentionsMarker = options.reportUnusedIgnores && source.containsBytes(IgnoreMarkers.marker)
        guard mentionsMethod || mentionsMarker else { return [] }

        let uses = mentionsMethod ? findUses(in: context.tree, profile: options.profile) : []
        guard !uses.isEmpty || mentionsMarker else { return [] }

        var markers = IgnoreMarkers(tree: context.tree, converter: context.converter)
        var diagnostics: [Diagnostic] = []
        for use in uses {
            let diagnostic = context.diagnostic(use.rule, at: use.position, message: use.message(context), notes: use.notes(context))
            if markers.suppress(line: diagnostic.line) { continue }
            diagnostics.append(diagnostic)
        }
        if options.reportUnusedIgnores {
            for marker in markers.unused {
                diagnostics.append(Diagnostic(
                    rule: .unusedIgnore, file: context.displayPath, line: marker.line, column: marker.column,
                    message: "'\(IgnoreMarkers.marker)' silences no finding"))
            }
        }
        return diagnostics.sorted()
    }

    /// Analyzes source text: what the pipeline does for one file, parse errors included.
    public static func analyze(source: String, file: String, options: IntxCheckOptions = IntxCheckOptions()) -> [Diagnostic] {
        let sourceFile = SourceFile(path: file, displayPath: file, bytes: Array(source.utf8), text: source)
        switch FileContext.parse(sourceFile) {
        case .failure(let parseError): return [parseError]
        case .success(let context): return analyze(context, options: options)
        }
    }

    /// Every outer-store use in the file, one per position; where transactions nest, the
    /// innermost transaction's view of a use wins.
    static func findUses(in tree: SourceFileSyntax, profile: LibraryProfile) -> [OuterStoreUse] {
        let collector = TransactionCallCollector(methods: profile.transactionMethods)
        collector.walk(tree)
        guard !collector.calls.isEmpty else { return [] }
        let types = TypeIndex(tree)
        let resolver = NameResolver(types: types)
        let helpers = HelperUsage(types: types)
        var usesByPosition: [AbsolutePosition: OuterStoreUse] = [:]
        for call in collector.calls {
            let scan = TransactionScan(
                call: call, resolver: resolver, helpers: helpers, aliases: collector, safeMembers: profile.safeMemberNames,
                afterTransactionCallbacks: Set(profile.afterTransactionCallbacks))
            for use in scan.uses() {
                usesByPosition[use.position] = use
            }
        }
        return usesByPosition.values.sorted { $0.position < $1.position }
    }
}

/// The scan of one transaction closure for uses of its receiver.
struct TransactionScan {
    let call: TransactionCall
    let resolver: NameResolver
    let helpers: HelperUsage
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
        guard var matcher = makeMatcher() else { return [] }
        matcher.outerNames = OuterNames(closure: call.closure, resolver: resolver)
        matcher.handle = call.handle
        var uses: [OuterStoreUse] = []
        for reference in ReferenceCollector.roots(in: call.closure.statements) {
            switch matcher.match(reference) {
            case .none:
                continue
            case .use(let position, let kind):
                uses.append(use(at: position, kind: kind, reference: reference))
            case .helperCall(let typeKey, let callShape, let position):
                // Helpers matter when the store is reachable from `self` or is a global; for
                // `self` itself every method call is already a direct use.
                guard !(matcher.store.isSelfRooted && matcher.store.members.isEmpty),
                    let usePosition = helpers.firstUse(typeKey: typeKey, call: callShape, matcher: matcher)
                else { continue }
                uses.append(use(at: position, kind: .helper(name: callShape.name, usePosition: usePosition), reference: reference))
            }
        }
        return uses
    }

    private func use(at position: AbsolutePosition, kind: OuterStoreUse.Kind, reference: DeclReferenceExprSyntax) -> OuterStoreUse {
        OuterStoreUse(
            position: position, kind: kind, store: call.receiverText, method: call.method, handle: call.handle,
            escapingReason: ClosureTiming.escapingReason(
                of: reference, inside: call.closure, afterTransactionCallbacks: afterTransactionCallbacks))
    }

    private func makeMatcher() -> StoreUseMatcher? {
        let store: StorePath
        var rootName: String?
        if let receiver = call.receiver {
            guard let resolution = resolver.resolve(receiver) else { return nil }
            store = resolution.path
            if let chain = ReferenceChain(receiver), chain.root.baseName.tokenKind != .keyword(.self) {
                rootName = chain.root.baseName.text
            }
        } else {
            store = StorePath(root: .selfValue(typeKey: TypeIndex.enclosingTypeKey(of: call.closure)))
        }
        if case .unresolved(let name) = store.root { rootName = name }
        // Only aliases of something the store can be reached from are worth a lookup.
        var roots: Set<String> = ["self"]
        if let rootName { roots.insert(rootName) }
        if let receiverRoot = call.receiver.flatMap({ ReferenceChain($0) })?.root.baseName.text { roots.insert(receiverRoot) }
        if store.isSelfRooted, let first = store.members.first { roots.insert(first) }
        return StoreUseMatcher(
            resolver: resolver, store: store, storeText: call.receiverText, rootName: rootName,
            aliasNames: aliases.aliases(reachableFrom: roots), safeMembers: safeMembers)
    }
}

extension String {
    /// A plain byte search. `String.contains` compares by Unicode canonical equivalence, which
    /// made this pre-filter cost a fifth of a parse.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard !pin.isEmpty else { return true }
                guard hay.count >= pin.count, let first = pin.first else { return false }
                var index = 0
                let last = hay.count - pin.count
                while index <= last {
                    if hay[index] == first && memcmp(hay.baseAddress! + index, pin.baseAddress!, pin.count) == 0 { return true }
                    index += 1
                }
                return false
            }
        }
    }
}

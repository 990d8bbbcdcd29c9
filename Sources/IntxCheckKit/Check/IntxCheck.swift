import Foundation

import SwiftSyntax

import ToolSupport

/// The analyzer: flags uses of the outer store inside transaction closures.
public enum IntxCheck {
    /// Analyzes one file that parsed. `module` holds the facts of the file's whole module; nil
    /// analyzes the file as a module of its own.
    static func analyze(_ context: FileContext, options: IntxCheckOptions, module: ModuleIndex?) -> [Diagnostic] {
        // Byte searches, each once: most files name no transaction method and carry no marker.
        let source = context.file.text
        let namesMethod = options.methods.contains { source.containsBytes($0) }
        let hasMarker = source.containsBytes(IgnoreMarkers.marker)
        guard namesMethod || (options.reportUnusedIgnores && hasMarker) else { return [] }
        let uses: [OuterStoreUse]
        if namesMethod {
            let module = module ?? ModuleIndex(file: context.displayPath, tree: context.tree, bytes: context.file.bytes)
            uses = findUses(in: context.tree, profile: options.profile, module: module, file: context.file)
        } else {
            uses = []
        }
        guard !uses.isEmpty || (options.reportUnusedIgnores && hasMarker) else { return [] }

        // Without a marker, the comments need no scan.
        var markers = hasMarker ? IgnoreMarkers(tree: context.tree, converter: context.converter) : nil
        var diagnostics: [Diagnostic] = []
        for use in uses {
            let diagnostic = context.diagnostic(use.rule, at: use.position, message: use.message(context), notes: use.notes(context))
            if markers?.suppress(line: diagnostic.line) == true { continue }
            diagnostics.append(diagnostic)
        }
        if options.reportUnusedIgnores {
            for marker in markers?.unused ?? [] {
                diagnostics.append(Diagnostic(
                    rule: .unusedIgnore, file: context.displayPath, line: marker.line, column: marker.column,
                    message: "'\(IgnoreMarkers.marker)' silences no finding"))
            }
        }
        return diagnostics.sorted()
    }

    /// Analyzes source text as a module of its own: what the pipeline does for one file, parse
    /// errors included.
    public static func analyze(source: String, file: String, options: IntxCheckOptions = IntxCheckOptions()) -> [Diagnostic] {
        let sourceFile = SourceFile(path: file, displayPath: file, bytes: Array(source.utf8), text: source)
        switch FileContext.parse(sourceFile) {
        case .failure(let parseError): return [parseError]
        case .success(let context): return analyze(context, options: options, module: nil)
        }
    }

    /// Every outer-store use in the file, one per position; where transactions nest, the
    /// innermost transaction's view of a use wins.
    static func findUses(in tree: SourceFileSyntax, profile: LibraryProfile, module: ModuleIndex, file: SourceFile? = nil) -> [OuterStoreUse] {
        let collector = TransactionCallCollector(methods: profile.transactionMethods)
        collector.walk(tree)
        guard !collector.calls.isEmpty else { return [] }
        let resolver = NameResolver(types: module.types)
        let reach = HelperReach(module: module, safeMembers: profile.safeMemberNames, connectionTypes: profile.connectionTypes)
        if module.indexed != nil, let file { reach.indexedFile = IndexedFile(displayPath: file.displayPath, lines: LineTable(file.bytes)) }
        let timing = ClosureTiming(afterTransactionCallbacks: Set(profile.afterTransactionCallbacks), module: module)
        var usesByPosition: [AbsolutePosition: OuterStoreUse] = [:]
        for call in collector.calls {
            let scan = TransactionScan(
                call: call, resolver: resolver, reach: reach, aliases: collector, safeMembers: profile.safeMemberNames, timing: timing,
                connectionTypes: profile.connectionTypes, safeArgumentCalls: Set(profile.safeArgumentCalls))
            for use in scan.uses() {
                usesByPosition[use.position] = use
            }
        }
        return usesByPosition.values.sorted { $0.position < $1.position }
    }
}

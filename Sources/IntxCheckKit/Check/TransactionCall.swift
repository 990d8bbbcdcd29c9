import SwiftSyntax

import ToolSupport

/// A call that opens a transaction: `R.inTx { tx in … }`, or `inTx { tx in … }` on implicit
/// `self` inside a store type.
struct TransactionCall {
    /// The transaction method's name as written (`inTx`, `transaction`, …).
    let method: String
    /// The receiver expression; nil when the method is called on implicit `self`.
    let receiver: ExprSyntax?
    let closure: ClosureExprSyntax
    /// The closure's handle: its first parameter, or `$0` for a closure that uses shorthand names.
    let handle: String
    /// The receiver types the method belongs to (empty: any), and the handle's types.
    let storeTypes: [String]
    let handleTypes: [String]

    /// How the receiver reads in messages.
    let receiverText: String

    /// Recognizes a transaction call. A closure without parameters is not one: there the receiver
    /// itself is the handle (SQLite.swift, Realm), so nothing can escape.
    init?(_ call: FunctionCallExprSyntax, methods: [String: LibraryProfile.TransactionMethod]) {
        let callee = call.calledExpression
        let declared: LibraryProfile.TransactionMethod
        if let member = callee.as(MemberAccessExprSyntax.self) {
            guard let base = member.base, let known = methods[member.declName.baseName.text] else { return nil }
            declared = known
            receiver = Self.fallbackStore(base)
        } else if let reference = callee.as(DeclReferenceExprSyntax.self), let known = methods[reference.baseName.text] {
            declared = known
            receiver = nil
        } else {
            return nil
        }
        method = declared.name
        receiverText = receiver?.trimmedSourceText ?? "self"
        storeTypes = declared.storeTypes
        handleTypes = declared.handleTypes
        guard let closure = Self.body(of: call, label: declared.bodyLabel), let handle = Self.handle(of: closure) else { return nil }
        self.closure = closure
        self.handle = handle
    }

    /// `(db ?? req.db).transaction { db in … }`: the store the call falls back to, the right side
    /// of `??`. The left is the caller's own handle, which the closure's parameter shadows.
    private static func fallbackStore(_ receiver: ExprSyntax) -> ExprSyntax {
        guard let sequence = receiver.passedValue.as(SequenceExprSyntax.self), sequence.elements.count >= 3,
            let operatorNode = sequence.elements.dropLast().last?.as(BinaryOperatorExprSyntax.self), operatorNode.operator.text == "??",
            let last = sequence.elements.last
        else { return receiver }
        return last
    }

    /// The transaction body: the argument with the method's body label (`_`: the first unlabelled
    /// closure), else the first unlabelled closure in the parentheses
    /// (`performAndSave({ storage in … }, completion: { … })`), else the trailing closure, else the
    /// last argument when it is a closure.
    private static func body(of call: FunctionCallExprSyntax, label: String?) -> ClosureExprSyntax? {
        let firstUnlabelled = call.arguments.first { $0.label == nil && $0.expression.is(ClosureExprSyntax.self) }?.expression.as(ClosureExprSyntax.self)
        if label == "_" { return firstUnlabelled }
        if let label {
            if let labeled = call.arguments.first(where: { $0.label?.text == label }) { return labeled.expression.as(ClosureExprSyntax.self) }
            if let trailing = call.trailingClosure { return trailing }
            return call.additionalTrailingClosures.first { $0.label.text == label }?.closure
        }
        return firstUnlabelled ?? call.trailingClosure ?? call.arguments.last?.expression.as(ClosureExprSyntax.self)
    }

    private static func handle(of closure: ClosureExprSyntax) -> String? {
        if let signature = closure.signature, signature.parameterClause != nil { return signature.parameterNames.first }
        return ShorthandParameterFinder.usesShorthand(closure) ? "$0" : nil
    }
}

/// Whether a closure refers to `$0` itself (not inside a closure nested in it).
private final class ShorthandParameterFinder: SyntaxVisitor {
    private var found = false
    private let root: ClosureExprSyntax

    private init(root: ClosureExprSyntax) {
        self.root = root
        super.init(viewMode: .sourceAccurate)
    }

    static func usesShorthand(_ closure: ClosureExprSyntax) -> Bool {
        let finder = ShorthandParameterFinder(root: closure)
        finder.walk(closure.statements)
        return finder.found
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ token: TokenSyntax) -> SyntaxVisitorContinueKind {
        if case .dollarIdentifier = token.tokenKind { found = true }
        return .skipChildren
    }
}

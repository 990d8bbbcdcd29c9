/// The name of a type as code writes it, the way the route reader compares types: without
/// `some`/`any`, generic arguments, optionality and module qualification
/// (`some RouterMethods<Context>` is `RouterMethods`, `Vapor.Application?` is `Application`,
/// `UserController<AppRequestContext>` is `UserController`).
struct RouteTypeName: Hashable {
    let name: String

    /// nil for a type that names no single nominal type (a tuple, a function, a composition).
    /// With `elementOfArray`, `[T]` and `T...` are `T`.
    init?(_ text: String, elementOfArray: Bool = false) {
        var text = Substring(text.filter { !$0.isWhitespace || $0 == " " })
        for prefix in ["some ", "any ", "inout ", "borrowing ", "consuming "] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
        }
        while let last = text.last, last == "?" || last == "!" { text = text.dropLast() }
        if elementOfArray {
            if text.hasSuffix("...") { text = text.dropLast(3) }
            if text.hasPrefix("["), text.hasSuffix("]"), !text.contains(":") { text = text.dropFirst().dropLast() }
            while let last = text.last, last == "?" || last == "!" { text = text.dropLast() }
        }
        // `Outer.Inner<T>`: the generic arguments of the last component go, then the qualification.
        var depth = 0
        var plain = ""
        for character in text {
            if character == "<" { depth += 1 } else if character == ">" { depth -= 1 } else if depth == 0 { plain.append(character) }
        }
        guard depth == 0, let last = plain.split(separator: ".").last,
            let first = last.first, first.isLetter || first == "_",
            last.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
        else { return nil }
        name = String(last)
    }
}

/// What the route reader knows of a value that is neither a builder nor a path: its static type,
/// as far as the syntax says, so that a method call on it binds to that type's method
/// (``CallBinding``).
enum ReceiverType: Hashable, CustomStringConvertible {
    /// An instance of a named type, the module's (`UsersController`) or a library's (`Logger`).
    case instance(String)
    /// The type itself, as in `UsersController.register(on:)` (its static members).
    case metatype(String)
    /// An array of instances: of exactly these types in order for a literal the reader evaluated
    /// (`[A(), B()]`), or of one declared element type (`[any Controller]`).
    case array([String])
    /// An element of such an array: a loop's variable, `forEach`'s `$0`.
    case element([String])
    /// A value of a library's type apigen does not name further (`app.mailer`): a call on it
    /// never reaches the module's functions, only module extensions of builder types.
    case library

    /// The type a declaration writes (`UsersController`, `some Controller`, `[Controller]`,
    /// `UserController<Context>?`).
    init?(declared trimmed: String) {
        if trimmed.hasPrefix("["), trimmed.hasSuffix("]") || trimmed.hasSuffix("]?"), !trimmed.contains(":"),
            let element = RouteTypeName(trimmed, elementOfArray: true)
        {
            self = .array([element.name])
            return
        }
        guard let name = RouteTypeName(trimmed) else { return nil }
        self = .instance(name.name)
    }

    /// The types a call on this value may reach, each with whether the call is on an element of
    /// an evaluated array (said in a note of what it registers).
    var instanceTypes: [(type: String, element: Bool)] {
        switch self {
        case .instance(let name): [(name, false)]
        case .element(let names): names.count == 1 ? [(names[0], false)] : names.map { ($0, true) }
        case .metatype, .array, .library: []
        }
    }

    var description: String {
        switch self {
        case .instance(let name): name
        case .metatype(let name): name + ".Type"
        case .array(let names): "[" + names.joined(separator: ",") + "]"
        case .element(let names): "element of [" + names.joined(separator: ",") + "]"
        case .library: "library"
        }
    }
}

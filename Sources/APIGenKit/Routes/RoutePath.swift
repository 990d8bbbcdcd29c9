import ToolSupport

/// One component of a route path, as Vapor and Hummingbird both model it.
enum RouteSegment: Hashable, Sendable {
    case constant(String)
    /// `:id` (Vapor, Hummingbird) or `{id}` (Hummingbird, OpenAPI).
    case parameter(String)
    /// `*`: any one component.
    case anything
    /// `**`: the rest of the path.
    case catchall

    /// Segments of a path string: `/todos/:id`, `todos/{id}`, `a/*/b`.
    static func parse(_ path: some StringProtocol) -> [RouteSegment] {
        path.split(separator: "/").map { part in
            if part == "*" { return .anything }
            if part == "**" { return .catchall }
            if part.hasPrefix(":") { return .parameter(String(part.dropFirst())) }
            if part.hasPrefix("{") && part.hasSuffix("}") && part.count > 2 { return .parameter(String(part.dropFirst().dropLast())) }
            return .constant(String(part))
        }
    }

    /// The segment with its parameter name left out: what two routes must share to be one route.
    var shape: RouteSegment {
        if case .parameter = self { return .parameter("") }
        return self
    }

    var parameterName: String? {
        if case .parameter(let name) = self { return name }
        return nil
    }
}

/// A route registered in code: the method, the full path where it could be worked out, and the
/// registration call; or a registration the reader saw but could not place.
struct RouteRegistration: Sendable {
    /// nil: not a route but something that would have registered routes the reader cannot follow
    /// (a collection of unknown type, a call it cannot bind); `unplaced` says what.
    var method: HTTPMethod?
    /// nil: the path is built at run time, or the builder's prefix is unknown.
    var path: [RouteSegment]?
    var location: InputLocation
    /// The calls the reader followed from where reading started to this registration.
    var via: [RouteCallStep] = []
    /// Why a registration cannot be placed, when more can be said than that its path is unknown.
    var unplaced: String?
    /// Why a route's builder has no known path, when the reader can say.
    var unknownBecause: String?
    var notes: [DiagnosticNote] = []

    /// `GET /todos/:id`, as Vapor and Hummingbird write it.
    var display: String {
        let verb = method?.rawValue.uppercased() ?? "route"
        guard let path else { return "\(verb) <built at run time>" }
        return "\(verb) " + RouteRegistration.text(path, style: .colon)
    }

    var isResolved: Bool { method != nil && path != nil && unplaced == nil }

    enum Style { case colon, braces }

    static func text(_ path: [RouteSegment], style: Style) -> String {
        "/" + path.map { segment in
            switch segment {
            case .constant(let text): text
            case .parameter(let name): style == .colon ? ":\(name)" : "{\(name)}"
            case .anything: "*"
            case .catchall: "**"
            }
        }.joined(separator: "/")
    }
}

/// One call the reader followed on the way to a registration: where it is, the function it
/// bound, and for a call on an element of an array of values of several types, which type.
struct RouteCallStep: Hashable, Sendable {
    var location: InputLocation
    var callee: String
    var element: String?

    var description: String { callee + (element.map { " on the \($0) element" } ?? "") }
}

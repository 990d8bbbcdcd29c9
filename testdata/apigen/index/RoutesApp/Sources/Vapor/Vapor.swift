// A stand-in for Vapor's routing API, only what the fixture app calls.
public protocol RoutesBuilder {}

public struct PathComponent: ExpressibleByStringLiteral, Sendable {
    public init(stringLiteral value: String) {}
}

public final class Request {}

public struct Route {}

extension RoutesBuilder {
    @discardableResult
    public func get(_ path: PathComponent..., use closure: @escaping (Request) throws -> String) -> Route { Route() }

    public func grouped(_ path: PathComponent...) -> any RoutesBuilder { self }
}

public final class Application: RoutesBuilder {
    public init() {}
    public var mailer: Mailer { Mailer() }
}

/// A library whose method is named like the app's `configure(_:)`.
public struct Mailer {
    public enum Settings { case smtp(String) }

    public func configure(_ settings: Settings) {}
}

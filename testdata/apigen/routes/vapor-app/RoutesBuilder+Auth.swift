enum AccessLevel {
    case user, moderator, admin
}

extension RoutesBuilder {
    /// Routes anyone may call; a logged-in user is still known to them.
    func flexRoutes(path: PathComponent...) -> RoutesBuilder {
        grouped([TokenAuthenticator(), FlexGuard()]).grouped(path)
    }

    /// Routes that need a token of at least the given access level.
    func tokenRoutes(minAccess: AccessLevel = .user, path: PathComponent...) -> RoutesBuilder {
        grouped(TokenAuthenticator(minAccess)).grouped(path)
    }

    /// Moderator tools, as a computed property.
    var moderatorTools: RoutesBuilder {
        grouped(ModeratorGuard()).grouped("mod")
    }

    /// A builder assembled in steps: middleware added in a branch leaves the path as it is.
    func featureRoutes(feature: String? = nil, path: PathComponent...) -> RoutesBuilder {
        var builder = self.grouped(path).grouped([TokenAuthenticator(), FeatureGuard()])
        if let feature {
            builder = builder.grouped(DisabledFeatureMiddleware(feature: feature))
        }
        return builder
    }
}

/// API controllers register their routes on the app themselves.
protocol APICollection {
    func registerRoutes(_ app: Application) throws
}

extension APICollection {
    /// Path parameters shared by every API controller, as computed properties.
    var postIDParam: PathComponent { PathComponent(":post_id") }
    var userIDParam: PathComponent {
        return .parameter("user_id")
    }
}

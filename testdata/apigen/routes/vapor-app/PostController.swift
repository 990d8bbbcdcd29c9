struct PostController: RouteCollection {
    static let posts: PathComponent = "posts"
    static var postID: PathComponent { ":post_id" }

    func boot(routes: RoutesBuilder) throws {
        let posts = routes.grouped(Self.posts)
        posts.get(use: index)
        posts.group(Self.postID) { post in
            post.get(use: show)
            post.patch(use: show) // want:18 "PATCH /posts/:post_id has no @Router annotation; the path is documented as GET"
        }
        posts.grouped(TokenAuthenticator(), User.guardMiddleware()).post(use: create)
    }

    /// @Summary Posts
    /// @Success 200 {array} Post
    /// @Router /posts [get]
    func index(req: Request) async throws -> [Post] { [] }

    /// @Summary A post
    /// @Param post_id path string true "Post ID"
    /// @Success 200 {object} Post
    /// @Router /posts/{post_id} [get]
    func show(req: Request) async throws -> Post { fatalError() }

    /// @Summary Create a post
    /// @Success 201 {object} Post
    /// @Router /posts [post]
    func create(req: Request) async throws -> Post { fatalError() }
}

struct ReportsController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("daily", use: daily)
    }

    /// @Summary Daily report
    /// @Success 200 {string} string "CSV"
    /// @Router /reports/daily [get]
    func daily(req: Request) async throws -> String { "" }
}

struct HealthController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("health", "live", use: live)
    }

    /// @Summary Liveness
    /// @Success 200 {string} string "ok"
    /// @Router /health/live [get]
    func live(req: Request) async throws -> String { "ok" }
}

/// A collection nobody registers any more: its routes are not served.
struct ArchiveController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("archive", use: list)
    }

    func list(req: Request) async throws -> [Post] { [] }
}

struct ForumController: APICollection {
    static let forumIDParam = PathComponent(":forum_id")
    let categoryPath = "categories"

    func registerRoutes(_ app: Application) throws {
        let forumRoutes = app.grouped("api", "v3", "forum")

        let flexGroup = forumRoutes.flexRoutes()
        flexGroup.get(.constant("categories"), use: categories)

        let tokenGroup = forumRoutes.tokenRoutes(path: "threads")
        tokenGroup.get(Self.forumIDParam, use: thread)
        tokenGroup.post(Self.forumIDParam, "posts", use: createPost)
        tokenGroup.get(categoryPath, ":category_id", use: category)
        tokenGroup.delete("post", postIDParam, use: deletePost)
        tokenGroup.webSocket(Self.forumIDParam, "socket", onUpgrade: threadSocket)

        forumRoutes.moderatorTools.post(Self.forumIDParam, "pin", use: pin)

        // Further grouping on what a helper returns.
        let modGroup = app.grouped("api", "v3").tokenRoutes(minAccess: .moderator, path: "mod").grouped("forum")
        modGroup.post(Self.forumIDParam, "lock", use: lock)
        modGroup.post(Self.forumIDParam, "unlock", use: lock) // want:18 "POST /api/v3/mod/forum/:forum_id/unlock has no @Router annotation"
    }

    /// @Summary Forum categories
    /// @Success 200 {string} string "the categories"
    /// @Router /api/v3/forum/categories [get]
    func categories(_ req: Request) async throws -> String { "" }

    /// @Summary A thread
    /// @Param forum_id path string true "Forum ID"
    /// @Success 200 {string} string "the thread"
    /// @Router /api/v3/forum/threads/{forum_id} [get]
    func thread(_ req: Request) async throws -> String { "" }

    /// @Summary Post to a thread
    /// @Param forum_id path string true "Forum ID"
    /// @Success 201 {object} Post
    /// @Router /api/v3/forum/threads/{forum_id}/posts [post]
    func createPost(_ req: Request) async throws -> Post { fatalError() }

    /// @Summary A category's threads
    /// @Param category_id path string true "Category ID"
    /// @Success 200 {string} string "the threads"
    /// @Router /api/v3/forum/threads/categories/{category_id} [get]
    func category(_ req: Request) async throws -> String { "" }

    /// @Summary Delete a post
    /// @Param post_id path string true "Post ID"
    /// @Success 204
    /// @Router /api/v3/forum/threads/post/{post_id} [delete]
    func deletePost(_ req: Request) async throws -> HTTPStatus { .noContent }

    /// @Summary A thread's live updates
    /// @Param forum_id path string true "Forum ID"
    /// @Success 101
    /// @Router /api/v3/forum/threads/{forum_id}/socket [get]
    func threadSocket(_ req: Request, _ ws: WebSocket) async {}

    /// @Summary Pin a thread
    /// @Param forum_id path string true "Forum ID"
    /// @Success 204
    /// @Router /api/v3/forum/mod/{forum_id}/pin [post]
    func pin(_ req: Request) async throws -> HTTPStatus { .noContent }

    /// @Summary Lock a thread
    /// @Param forum_id path string true "Forum ID"
    /// @Success 204
    /// @Router /api/v3/mod/forum/{forum_id}/lock [post]
    func lock(_ req: Request) async throws -> HTTPStatus { .noContent }
}

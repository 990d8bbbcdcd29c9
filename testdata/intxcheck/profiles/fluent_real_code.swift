// intxcheck-flags: --profile fluent --method tryTransaction
// Shapes seen in real Vapor apps: a method called on a value whose type the code does not state,
// declared once in the module (here in a protocol extension), reached with the request; a
// transaction on `db ?? req.db`; and a wrapper that forwards its completion into an after-commit
// callback.

protocol Moderatable {}

extension Moderatable {
    func logIfModeratorAction(_ action: ModeratorAction, user: User, on req: Request) async throws {
        guard user.accessLevel.canModerate else { return }
        try await ModeratorActionLog(action, user: user).save(on: req.db)
    }

    func describe(on req: Request) -> String {
        req.logger.info("describing")
        return "\(Self.self)"
    }
}

struct ForumController {
    func move(req: Request) async throws -> HTTPStatus {
        let forum = try await Forum.find(req.parameters.get("id"), on: req.db)
        let user = try req.auth.require(User.self)
        try await req.db.transaction { tx in
            try await forum?.save(on: tx)
            try await forum?.logIfModeratorAction(.move, user: user, on: req) // want "'logIfModeratorAction\(\)' uses outer store 'req.db' \(line 12\) inside transaction"
            _ = forum?.describe(on: req)
        }
        return .ok
    }
}

// vapor-rest-kit style: the caller may hand in its own database.
func deleteAll(req: Request, db: Database? = nil) async throws {
    try await (db ?? req.db).tryTransaction { db in
        try await Post.query(on: db).delete()
        try await Comment.query(on: req.db).delete() // want "outer store 'req.db' passed as an argument inside tryTransaction"
    }
}

// intxcheck-flags: --profile fluent3
// Fluent 3 (Vapor 3): the request is the store and the closure's connection the handle.

func update(_ req: Request, user: User) throws -> Future<User> {
    return req.transaction(on: .psql) { conn in
        let content = try req.content.decode(UserUpdate.self)
        user.name = content.name
        let saved = user.save(on: conn)
        _ = user.save(on: req) // want "outer store 'req' passed as an argument inside transaction; use transaction handle 'conn' instead"
        _ = [saved].flatten(on: req)
        _ = req.eventLoop
        return saved
    }
}

func touch(_ req: Request, user: User) throws -> Future<User> {
    // Another connection's transaction: nothing here escapes it.
    return req.withPooledConnection(to: .psql) { conn in
        user.save(on: conn)
    }
}

func syncPackages(app: Application, on db: Database) async throws {
    try await db.save(Package())
    try await app.db.query(Package.self).delete()
}

func record(app: Application, on db: Database) async throws {
    app.logger.info("recording")
    try await db.save(Event())
}

enum Sync {
    static func reindex(_ request: Request, on db: Database) async throws {
        try await db.save(Index())
        try await wipe(request.db)
    }

    static func wipe(_ database: Database) async throws {
        try await database.query(Index.self).delete()
    }
}

extension PackageController {
    func notify(_ req: Request) async throws {
        try await forward(req)
    }

    func forward(_ request: Request) async throws {
        try await request.db.query(Subscription.self).all()
    }

    func log(_ req: Request) async throws {
        req.logger.info("updated")
    }
}

// Parameter binding: passing the store's owner into a helper counts only when the helper uses
// the store through it.

func refresh(app: Application) async throws {
    try await app.db.inTx { tx in
        try await syncPackages(app: app, on: tx) // want "'syncPackages\(\)' uses outer store 'app.db' \(Sync.swift:\d+\)"
        try await record(app: app, on: tx) // uses only app.logger and the handle
    }
}

struct PackageController {
    func update(req: Request) async throws {
        try await req.db.inTx { tx in
            try await notify(req) // want "'notify\(\)' uses outer store 'req.db' \(PackageController\+Helpers.swift:\d+\)"
            try await log(req) // req's store is never touched
            try await Sync.reindex(req, on: tx) // want "'reindex\(\)' uses outer store 'req.db' \(Sync.swift:\d+\)"
        }
    }
}

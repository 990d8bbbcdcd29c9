// Groups built through optionals and conditions, as Hummingbird apps build them. Middleware
// does not change a path: where every branch gives the same path, that is the route's path;
// where branches differ, the route is unresolved, never reported under one of them.
import Hummingbird

/// @title Flags API
/// @version 1.0.0
enum FlagsAPI {}

typealias AppRequestContext = BasicRequestContext

func buildApplication(flag: Bool, auth: AuthMiddleware?) async throws -> some ApplicationProtocol {
    Application(router: buildRouter(flag: flag, auth: auth))
}

func buildRouter(flag: Bool, auth: AuthMiddleware?) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    let base = router.group("api")

    // `optional.map { base.add(middleware: $0) } ?? base`: both sides are /api.
    let guarded = auth.map { base.add(middleware: $0) } ?? base
    guarded.get("me", use: ok) // want:13 "GET /api/me has no @Router annotation"
    let versioned = auth.map { _ in base.group("v2") } ?? base
    versioned.get("who", use: ok) // want:15 "a GET route whose path apigen cannot work out \(on a group whose branches give /api/v2 and /api\)"

    // `(a ?? b).post`: a `nil` side registers nothing; two groups of different paths are unknown.
    let none: RouterGroup<AppRequestContext>? = nil
    (none ?? base).post("ping", use: ok) // want:20 "POST /api/ping has no @Router annotation"
    let admin: RouterGroup<AppRequestContext>? = flag ? base.group("admin") : nil
    (admin ?? base).post("reset", use: ok) // want:21 "a POST route whose path apigen cannot work out \(on a group whose branches give /api/admin and /api\)"

    // `flag ? a : b`.
    let same = flag ? base.add(middleware: AuditMiddleware()) : base
    same.get("audit", use: ok) // want:10 "GET /api/audit has no @Router annotation"
    let split = flag ? base.group("a") : base.group("b")
    split.get("split", use: ok) // want:11 "branches give /api/a and /api/b"

    // `if let … { g = … } else { g = … }`.
    var group: RouterGroup<AppRequestContext>
    if let auth {
        group = base.add(middleware: auth)
    } else {
        group = base
    }
    group.get("profile", use: ok) // want:11 "GET /api/profile has no @Router annotation"
    var secure: RouterGroup<AppRequestContext>
    if let auth {
        secure = base.group("secure").add(middleware: auth)
    } else {
        secure = base
    }
    secure.get("vault", use: ok) // want:12 "branches give /api/secure and /api"

    // An `if` without `else` that adds middleware keeps the path; one that groups does not.
    var tuned = base
    if flag {
        tuned = tuned.add(middleware: AuditMiddleware())
        tuned.get("inside", use: ok) // want:15 "GET /api/inside has no @Router annotation"
    }
    tuned.get("tuned", use: ok) // want:11 "GET /api/tuned has no @Router annotation"
    if flag {
        tuned = tuned.group("beta")
    }
    tuned.get("maybe-beta", use: ok) // want:11 "branches give /api/beta and /api"

    // A `switch` whose cases agree.
    let mode = flag ? 1 : 2
    var chosen = base
    switch mode {
    case 1: chosen = base.add(middleware: AuditMiddleware())
    default: chosen = base
    }
    chosen.delete("cache", use: ok) // want:12 "DELETE /api/cache has no @Router annotation"
    return router
}

@Sendable func ok(_ request: Request, context: AppRequestContext) async throws -> String { "ok" }

/// @Summary A documented route nothing registers
/// @Success 200
/// @Router /api/flags [get] // want:5 "@Router GET /api/flags matches no registered route \(5 registrations could not be read\)"
func flags() {}

/// A global path constant.
let adminPath: PathComponent = "admin"

func routes(_ app: Application) throws {
    let apiControllers: [APICollection] = [
        ForumController(),
        AdminController(),
    ]
    try apiControllers.forEach { try $0.registerRoutes(app) }

    let postController = PostController()
    try app.register(collection: postController)
    for collection in [HealthController()] {
        try app.register(collection: collection)
    }

    // A collection booted by hand, through a local: only its own `boot` is read.
    let reports = ReportsController()
    try reports.boot(routes: app.grouped("reports"))

    // A middleware group whose closure names its builder `$0`.
    app.group(RateLimitMiddleware(perMinute: 60)) {
        $0.get("status", "ping", use: ping)
    }

    // Pages whose paths an enum spells.
    let site = app.grouped([app.sessions.middleware, SessionAuthenticator()])
    site.get(SiteURL.home.pathComponents, use: homePage)
    site.get(SiteURL.faq.pathComponents, use: faqPage)
    site.get(.asset(.favicon), use: favicon)
    site.get(SiteURL.user(":user_id").pathComponents, use: userPage)
    site.get(SiteURL.api(.search).pathComponents, use: searchPage)
    site.get(SiteURL.api(.version).pathComponents, use: versionPage) // want:10 "GET /api/version-info has no @Router annotation"

    // A prefix built at run time: its routes are not checked, and never reported under `/`.
    let mirror = app.grouped(PathComponent(stringLiteral: Environment.get("MIRROR_PREFIX") ?? "mirror"))
    mirror.get("status", use: mirrorStatus) // want:12 "a GET route whose path apigen cannot work out"
    mount(on: app.grouped(runtimePrefix()), use: mirrorStatus)
}

func runtimePrefix() -> String { Environment.get("PREFIX") ?? "p" }

/// Routes on a builder whose prefix apigen cannot work out.
func mount(on routes: RoutesBuilder, use handler: @escaping (Request) async throws -> String) {
    routes.get("mounted", use: handler) // want:12 "a GET route whose path apigen cannot work out"
}

/// A disabled route table: nothing calls it, so it registers nothing.
func legacyRoutes(_ app: Application) {
    app.get("v1", "forum", use: mirrorStatus)
    app.post("v1", "forum", "post", use: mirrorStatus)
}

/// @Summary Mirror status
/// @Success 200 {string} string "ok"
/// @Router /mirror/status [get] // want:5 "@Router GET /mirror/status matches no registered route \(2 registrations could not be read\)"
func mirrorStatus(req: Request) async throws -> String { "ok" }

/// @Summary Liveness probe
/// @Success 200 {string} string "pong"
/// @Router /status/ping [get]
func ping(req: Request) async throws -> String { "pong" }

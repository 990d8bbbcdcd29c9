/// The site's pages. Their paths are spelled once, here, and registered from it.
enum SiteURL {
    case home
    case faq
    case user(_ id: String)
    case api(APIPage)

    var path: String {
        switch self {
        case .home:
            return ""
        case .faq:
            return "faq"
        case .user(let id):
            return "users/\(id)"
        case let .api(next):
            return "api/\(next.path)"
        }
    }

    var pathComponents: [PathComponent] { path.pathComponents }
}

enum APIPage: String {
    case search
    case version = "version-info"

    var path: String { rawValue }
}

/// Files the site serves, named by their `description`.
enum Asset: String, CustomStringConvertible {
    case favicon = "favicon.ico"

    var description: String { rawValue }
}

extension PathComponent {
    static func asset(_ asset: Asset) -> Self { "\(asset)" }
}

/// @Summary Favicon
/// @Success 200 {string} string "the icon"
/// @Router /favicon.ico [get]
func favicon(req: Request) async throws -> String { "" }

/// @Summary Home page
/// @Success 200 {string} string "HTML"
/// @Router / [get]
func homePage(req: Request) async throws -> String { "" }

/// @Summary FAQ
/// @Success 200 {string} string "HTML"
/// @Router /faq [get]
func faqPage(req: Request) async throws -> String { "" }

/// @Summary A user's page
/// @Param user_id path string true "User ID"
/// @Success 200 {string} string "HTML"
/// @Router /users/{user_id} [get]
func userPage(req: Request) async throws -> String { "" }

/// @Summary Search page
/// @Success 200 {string} string "HTML"
/// @Router /api/search [get]
func searchPage(req: Request) async throws -> String { "" }

func versionPage(req: Request) async throws -> String { "" }

// A project moved over from swag, annotations as swag accepts them: names in any case, enum and
// struct parameters, words swag ignores, gin paths, handlers of one name in two controllers.

/// @title Shelf API
/// @host shelf.example.com:8080
/// @BasePath /api/v3
/// @version 3.1
/// @description Books and the shelves they stand on.
/// @description Paths like `C:\shelves\main` keep their backslashes; **Markdown** stays as written.
/// @termsOfService https://shelf.example.com/terms
/// @contact.name Shelf team
/// @contact.url https://shelf.example.com/support
/// @contact.email api@shelf.example.com
/// @license.name Apache 2.0
/// @license.url https://www.apache.org/licenses/LICENSE-2.0.html
/// @tag.name books
/// @tag.description Everything about books.
/// @tag.docs.url https://shelf.example.com/docs/books
/// @tag.docs.description The books guide
/// @tag.name shelves
/// @tag.description Shelves and what is on them.
/// @externalDocs.description The full guide
/// @externalDocs.url https://shelf.example.com/docs
/// @securitydefinitions.apiKey ApiKeyAuth
/// @in header
/// @name X-Shelf-Key
enum ShelfAPI {}

typealias BookID = UUID
typealias Labels = [String]

enum Genre: String, Codable {
    case novel, poetry, essay
}

enum Shelving: Int, Codable {
    case top = 1, middle = 2, bottom = 3
}

/// A book.
///
/// Fields:
///   - `id`: stable across editions
///       - even reprints
struct Book: Codable {
    var id: BookID
    var title: String
    var labels: Labels
    var genre: Genre
}

/// What a search sends as query parameters.
struct BookSearch: Codable {
    /// Words in the title.
    var text: String
    var genre: Genre?
    var page: Int?
    var labels: [String]?
}

/// Where the answer's data goes.
struct Envelope: Codable {
    var code: Int
    var message: String
}

/// A key and the value it maps to.
struct Mapping<Key: Codable>: Codable {
    var key: Key
    var count: Int
}

struct Catalog: Codable {
    var byID: Mapping<UUID>
    var byTitle: Mapping<String>
}

struct Upload: Codable {
    var name: String
    var shelving: Shelving
}

struct BooksController {}
struct ShelvesController {}

extension BooksController {
    /// @summary List books
    /// @tags books
    /// @param genre query Genre false "Only this genre" Default(novel)
    /// @param limit query int false "Page size" Minimum(1) Maximum(50)
    /// @param ids query []string false "Only these" collectionFormat(multi)
    /// @param filter query object false "Free-form filter, as in {\"genre\": \"novel\"}; a shelf path like C:\shelves stays"
    /// @success 200 {array} Book
    /// @router /books [get]
    func list() {}

    /// @Summary Search books
    /// @Tags books
    /// @Param search query BookSearch true "The search"
    /// @Param query query string false "A raw query, which the client must still accept"
    /// @Param headers header string false "Named like the client's own headers"
    /// @Param request query string false "Named like a request" Enums(, raw, parsed)
    /// @Success 200 {object} Envelope{}
    /// @Router /books/search [get]
    func search() {}

    /// @Summary Get a book
    /// @Tags books
    /// @Param id path string true "Book ID" format(uuid)
    /// @Success 200 {object} Book
    /// @Failure 404 {string} txt
    /// @Router /books/:id [get]
    func get() {}

    /// @Summary Add a book
    /// @Tags books
    /// @Accept JSON
    /// @Param body body Book true "The book"
    /// @Success 201 {object} Book
    /// @Security ApiKeyAuth
    /// @Router /books [post]
    func create() {}

    /// @Summary Attach a scan
    /// @Tags books
    /// @Accept mpfd
    /// @Param id path string true "Book ID"
    /// @Param upload formData Upload true "The scan's details"
    /// @Success 204
    /// @Router /books/{id}/scan [post]
    func upload() {}

    /// @Summary Book catalog
    /// @Tags books
    /// @Success 200 {object} Catalog
    /// @Success 202 {integer} port
    /// @Router /books/catalog [get]
    func catalog() {}
}

extension ShelvesController {
    /// @Summary List shelves
    /// @Description Shelves, in order:
    /// @Description 1. the `top` one\n2. the rest
    /// @Tags shelves
    /// @Param shelving query Shelving false "Which level" Enums(, 1, 2, 3)
    /// @Success 200 {Array} Labels
    /// @Router /shelves [get]
    func list() {}

    /// @Summary Books on a shelf
    /// @Tags shelves
    /// @Param shelf path integer true "Shelf number"
    /// @Success 200 array Book
    /// @Router /shelves/:shelf/books [get]
    func get() {}
}

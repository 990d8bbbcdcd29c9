/// @title Parameter types
/// @version 1.0
enum Info {}

/// How a listing is ordered.
enum SortOrder: String, Codable {
    case ascending = "asc"
    case descending = "desc"
}

enum Level: Int, Codable {
    case low = 1
    case high = 2
}

enum Shelf: String, Codable {
    case top, bottom
}

struct Book {
    var id: UUID
    var title: String
    var shelf: Shelf
}

struct BookFilter {
    var order: SortOrder?
    var level: Level?
}

/// @Summary List books
/// @Description Each parameter typed as annotated: enums, UUIDs, dates and arrays of them.
/// @ID list-books
/// @Tags books
/// @Param order query SortOrder false "An enum the inputs declare"
/// @Param level query Level false "An Int enum"
/// @Param format query string false "Inline values" enums(compact, full, )
/// @Param since query Date false "A Date"
/// @Param until query string false "A date-time string" format(date-time)
/// @Param shelves query []Shelf false "Enums, comma-separated"
/// @Param ids query []UUID false "UUIDs, repeated" collectionFormat(multi)
/// @Param X-Trace header UUID false "A UUID header"
/// @Param X-Order header SortOrder false "An enum header"
/// @Success 200 {array} Book
/// @Router /books [get]
func listBooks() {}

/// @Summary Get a book
/// @ID get-book
/// @Tags books
/// @Param id path UUID true "A UUID path parameter"
/// @Param shelf path Shelf true "An enum path parameter"
/// @Param revision path string true "A uuid-formatted string" format(uuid)
/// @Success 200 {object} Book
/// @Router /shelves/{shelf}/books/{id}/{revision} [get]
func getBook() {}

/// @Summary Search books
/// @ID search-books
/// @Tags books
/// @Param filter query BookFilter false "A struct's enum fields"
/// @Param format query string false "Inline values of another operation" enums(compact, full)
/// @Success 200 {array} Book
/// @Router /books/search [get]
func searchBooks() {}

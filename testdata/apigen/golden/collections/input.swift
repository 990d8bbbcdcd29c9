/// @title Collections
/// @version 1.0
enum Info {}

final class Catalog {
    var tags: [String]
    var optionalTags: [String]?
    var scores: [String: Double]
    var nested: [[Int]]
    var byCategory: Dictionary<String, [Item]>
    var featured: Optional<Item>
    var unique: Set<String>
    let fixed: Array<Int>
    var computed: Int { 0 }
    static var shared: Catalog? = nil
    var observed: Int = 0 {
        didSet {}
    }
}

struct Item {
    var name: String
}

/// @Summary Catalog
/// @Tags catalog
/// @Success 200 {object} Catalog
/// @Router /catalog [get]
func catalog() {}

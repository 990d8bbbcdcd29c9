import Foundation

/// The items, in memory, in insertion order.
actor ItemStore {
    private var items: [UUID: Item] = [:]
    private var order: [UUID] = []
    let startedAt = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))

    func all() -> [Item] { order.compactMap { items[$0] } }

    func item(_ id: UUID) -> Item? { items[id] }

    func insert(_ item: Item) {
        if items[item.id] == nil { order.append(item.id) }
        items[item.id] = item
    }

    func remove(_ id: UUID) -> Bool {
        guard items.removeValue(forKey: id) != nil else { return false }
        order.removeAll { $0 == id }
        return true
    }
}

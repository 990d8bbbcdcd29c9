// A static helper called through the type's name, in another file, that reaches the global
// store; the optional-handle idiom; and a static helper handed the handle.

enum Database {
    static let main = DatabaseQueue()
}

struct Outbox {
    static func deliver(_ ids: [Int]) throws {
        try Database.main.inTx { db in
            for id in ids {
                try Outbox.markSent(db, id) // handed the handle, uses only it
                try Outbox.markFailed(id) // want "'markFailed\(\)' uses outer store 'Database.main' \(Outbox\+Delivery.swift:\d+\)"
                try markFailed(id) // want "'markFailed\(\)' uses outer store 'Database.main' \(Outbox\+Delivery.swift:\d+\)"
                _ = try Outbox.load(id, db) // the optional handle is given: the nil path cannot run
                _ = try Outbox.load(id) // want "'load\(\)' uses outer store 'Database.main' \(Outbox\+Delivery.swift:\d+\)"
                try Outbox.purge(id, in: db) // passes the handle on to a function that uses it
            }
        }
    }
}

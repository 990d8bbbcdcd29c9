import Storage

/// Equal labels, different parameter types: only the `String` one writes.
func audit(_ app: App, _ value: String) {
    app.store.save(value)
}

func audit(_ app: App, _ value: Int) {
    print(value)
}

protocol Record {
    var text: String { get }
}

struct Receipt: Record {
    var text: String { "receipt" }
}

/// A generic function and a plain overload of it: only the generic one writes.
func publish<Item: Record>(_ item: Item, to app: App) {
    app.store.save(item.text)
}

func publish(_ item: Int, to app: App) {
    print(item)
}

func checkout(app: App, receipt: Receipt) {
    app.store.inTx { tx in
        audit(app, "placed") // want "'audit\(\)' uses outer store 'app.store'" // without-index: none
        audit(app, 42)
        publish(receipt, to: app) // want "'publish\(\)' uses outer store 'app.store'" // without-index: none
        publish(7, to: app)
    }
}

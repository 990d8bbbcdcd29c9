import Storage

/// A helper in another target: it writes through the app's store.
public func archive(_ app: App, note: String) {
    app.store.save(note)
}

/// Its clean twin: no database access.
public func announce(_ app: App, note: String) {
    print(note)
}

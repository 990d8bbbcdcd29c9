import Storage

/// A protocol extension's method, and a same-named method of another type.
protocol Moderated {}

extension Moderated {
    func logModeration(on app: App) {
        app.store.save("moderated")
    }
}

struct Forum: Moderated {}

struct Board {
    func logModeration(on app: App) {
        print("board")
    }
}

/// Methods on values whose type the code does not state.
struct Mirror {
    func sync(_ app: App) {
        app.store.save("mirror")
    }
}

struct Snapshot {
    func sync(_ app: App) {
        print("snapshot")
    }
}

struct Factory {
    func mirror() -> Mirror { Mirror() }
    func snapshot() -> Snapshot { Snapshot() }
}

struct Auditor {
    func record(on app: App) {
        app.store.save("audited")
    }
}

struct Counter {
    func record(on app: App) {
        print("counted")
    }
}

func makeAuditor() -> Auditor { Auditor() }

func makeCounter() -> Counter { Counter() }

func moderate(app: App, forum: Forum, board: Board, factory: Factory) {
    app.store.inTx { tx in
        forum.logModeration(on: app) // want "'logModeration\(\)' uses outer store 'app.store'" // without-index: none
        board.logModeration(on: app)
        let m = factory.mirror()
        m.sync(app) // want "'sync\(\)' uses outer store 'app.store'" // without-index: none
        let s = factory.snapshot()
        s.sync(app)
        makeAuditor().record(on: app) // want "'record\(\)' uses outer store 'app.store'" // without-index: none
        makeCounter().record(on: app)
    }
}

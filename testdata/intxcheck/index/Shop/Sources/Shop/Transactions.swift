import Audit
import Storage

/// Not a store: a drawing surface with a method of the same name.
final class Canvas {
    func inTx(_ body: (Layer) -> Void) {
        body(Layer())
    }

    func save(_ record: String) {}
}

struct Layer {}

func makeCanvas() -> Canvas { Canvas() }

func makeStore(_ app: App) -> Store { app.store }

/// The transaction call itself: which type's `inTx` this is.
func draw(app: App) {
    let canvas = makeCanvas()
    canvas.inTx { layer in
        canvas.save("stroke") // without-index: want "outer store 'canvas' used inside inTx"
    }
    let store = makeStore(app)
    store.inTx { tx in
        store.save("order") // want "outer store 'store' used inside inTx"
    }
}

/// Helpers in another target of the package.
func close(app: App) {
    app.store.inTx { tx in
        archive(app, note: "closed") // want "'archive\(\)' uses outer store 'app.store'" // without-index: none
        announce(app, note: "closed")
    }
}

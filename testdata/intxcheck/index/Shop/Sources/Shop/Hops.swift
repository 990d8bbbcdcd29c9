import Audit
import Storage

/// The same questions one hop into a helper: the helper's own calls are resolved by the index too.
func settle(_ app: App) {
    audit(app, "settled")
}

func tally(_ app: App) {
    audit(app, 1)
}

func closeLater(_ app: App) {
    archive(app, note: "later")
}

func announceLater(_ app: App) {
    announce(app, note: "later")
}

func reconcile(app: App) {
    app.store.inTx { tx in
        settle(app) // want "'settle\(\)' uses outer store 'app.store'" // without-index: none
        tally(app)
        closeLater(app) // want "'closeLater\(\)' uses outer store 'app.store'" // without-index: none
        announceLater(app)
    }
}

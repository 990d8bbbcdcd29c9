import Vapor

let app = Application()
try configure(app)

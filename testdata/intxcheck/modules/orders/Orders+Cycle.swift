extension Orders {
    func ping() throws { try pong() }
    func pong() throws { try ping() }
}

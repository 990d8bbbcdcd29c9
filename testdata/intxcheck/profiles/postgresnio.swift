// intxcheck-flags: --profile postgresnio
// PostgresNIO: client.withTransaction { connection in … }.

func archive(client: PostgresClient, orderID: Int) async throws {
    try await client.withTransaction { connection in
        try await connection.query("UPDATE orders SET archived = true WHERE id = \(orderID)")
        try await client.query("INSERT INTO audit (order_id) VALUES (\(orderID))") // want "outer store 'client' used inside withTransaction; use transaction handle 'connection' instead"
        client.logger.debug("archived")
    }
}

func report(client: PostgresClient, pool: ConnectionPool) async throws {
    try await client.withConnection { connection in
        try await client.query("SELECT 1") // want "outer store 'client' used inside withConnection"
    }
    // Another type's withConnection is not PostgresNIO's.
    try await pool.withConnection { resource in pool.release() }
}

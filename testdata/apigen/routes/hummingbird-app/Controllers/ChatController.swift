import Hummingbird
import HummingbirdWebSocket

/// A WebSocket route on the separate WebSocket router: a GET upgrade.
struct ChatController {
    func addRoutes(to group: RouterGroup<BasicWebSocketRequestContext>) {
        group.ws("room/:name") { _, _ in // want:15 "GET /chat/room/:name has no @Router annotation"
            .upgrade([:])
        } onUpgrade: { inbound, outbound, _ in
            for try await packet in inbound { try await outbound.write(.text("\(packet)")) }
        }
        group.get(Self.mirrorPath, use: mirror) // want:15 "a GET route whose path apigen cannot work out"
    }

    static var mirrorPath: RouterPath { RouterPath(Environment().get("MIRROR") ?? "mirror") }

    @Sendable func mirror(_ request: Request, context: BasicWebSocketRequestContext) async throws -> String { "" }
}

struct NoteMemoryRepository {}

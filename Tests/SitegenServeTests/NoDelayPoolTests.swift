import FlyingSocks
import Testing

@testable import SitegenServe

#if canImport(Glibc)
    import Glibc
#endif

/// The server's sockets send small writes at once instead of waiting for an acknowledgement.
@Suite("Socket pool")
struct NoDelayPoolTests {
    /// A pool that returns at once, so the test sees what the wrapper did before it.
    private struct ReadyPool: AsyncSocketPool {
        func prepare() async throws {}
        func run() async throws {}
        func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {}
    }

    @Test("A socket the pool waits on has TCP_NODELAY set")
    func setsNoDelay() async throws {
        let socket = try Socket(domain: AF_INET, type: .stream)
        defer { try? socket.close() }
        let option = BoolSocketOption(level: Int32(IPPROTO_TCP), name: Int32(TCP_NODELAY))
        #expect(try socket.getValue(for: option) == false)
        try await NoDelayPool(base: ReadyPool()).suspendSocket(socket, untilReadyFor: [.read])
        #expect(try socket.getValue(for: option) == true)
    }
}

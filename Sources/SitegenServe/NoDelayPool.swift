import FlyingSocks

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// FlyingFox's socket pool, with Nagle's algorithm turned off on every socket it waits on.
///
/// FlyingFox writes a response's headers and body in separate writes. With Nagle's algorithm
/// on, the body then waits for the client to acknowledge the headers, and clients delay that
/// acknowledgement by up to 40 ms: every request on a kept-alive connection took 43 ms
/// (measured on loopback). `TCP_NODELAY` on the listening socket is inherited by the
/// sockets it accepts (Linux), and is set again on each socket the pool suspends.
struct NoDelayPool: AsyncSocketPool {
    let base: any AsyncSocketPool

    func prepare() async throws {
        try await base.prepare()
    }

    func run() async throws {
        try await base.run()
    }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        try? socket.setValue(
            true, for: BoolSocketOption(level: Int32(IPPROTO_TCP), name: Int32(TCP_NODELAY)))
        try await base.suspendSocket(socket, untilReadyFor: events)
    }
}

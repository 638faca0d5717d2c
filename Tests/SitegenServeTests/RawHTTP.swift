import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs blocking socket work on a thread of its own, never on Swift's cooperative pool: the
/// server under test runs on that pool in this same process, and on 2 cores two blocked
/// reads would leave it no thread to answer them.
func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

/// An HTTP/1.1 client over a plain TCP socket that sends the request target exactly as
/// written, so tests can send what a browser or URLSession would clean up first (`/../`,
/// `%2e%2e`, backslashes, NUL bytes).
struct RawHTTP {
    let port: UInt16

    struct Response: Sendable {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]

        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends `method target` and reads the whole answer (the connection is closed after it).
    func request(_ target: String, method: String = "GET", headers: [String] = []) async throws
        -> Response
    {
        try await offPool { try blockingRequest(target, method: method, headers: headers) }
    }

    private func blockingRequest(_ target: String, method: String, headers: [String]) throws
        -> Response
    {
        let socket = try connect()
        defer { close(socket) }
        let lines =
            ["\(method) \(target) HTTP/1.1", "Host: 127.0.0.1:\(port)", "Connection: close"]
            + headers
        try send(socket, Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8))
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            bytes += buffer[..<count]
            if let response = parse(bytes, method: method) { return response }
        }
        guard let response = parse(bytes, method: method) else {
            throw Failure(description: "no complete response to \(method) \(target)")
        }
        return response
    }

    /// The response in `bytes`, once its body is complete.
    private func parse(_ bytes: [UInt8], method: String) -> Response? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = bytes.firstRange(of: separator) else { return nil }
        let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
                .trimmingCharacters(in: .whitespaces)
        }
        let body = Array(bytes[end.upperBound...])
        let length = headers["content-length"].flatMap { Int($0) } ?? 0
        if method == "HEAD" { return Response(status: status, headers: headers, body: []) }
        guard body.count >= length else { return nil }
        return Response(status: status, headers: headers, body: Array(body.prefix(length)))
    }

    func connect() throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket() failed") }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(
            socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure(description: "cannot connect to port \(port)")
        }
        return socket
    }

    func send(_ socket: Int32, _ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes {
                Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard count > 0 else { throw Failure(description: "send() failed") }
            sent += count
        }
    }
}

/// A WebSocket client for the live-reload socket: the handshake, then unmasked text frames
/// from the server.
final class RawWebSocket: @unchecked Sendable {
    let socket: Int32
    private var pending: [UInt8] = []

    /// Opens the socket at `path` and completes the handshake.
    static func open(port: UInt16, path: String) async throws -> RawWebSocket {
        try await offPool { try RawWebSocket(port: port, path: path) }
    }

    private init(port: UInt16, path: String) throws {
        let http = RawHTTP(port: port)
        socket = try http.connect()
        let request = [
            "GET \(path) HTTP/1.1", "Host: 127.0.0.1:\(port)", "Upgrade: websocket",
            "Connection: Upgrade", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
            "Sec-WebSocket-Version: 13",
        ]
        try http.send(socket, Array((request.joined(separator: "\r\n") + "\r\n\r\n").utf8))
        var headEnd = pending.firstRange(of: [13, 10, 13, 10] as [UInt8])
        while headEnd == nil {
            try fill()
            headEnd = pending.firstRange(of: [13, 10, 13, 10] as [UInt8])
        }
        guard let end = headEnd else { throw RawHTTP.Failure(description: "no handshake") }
        let head = String(decoding: pending[..<end.lowerBound], as: UTF8.self)
        guard head.hasPrefix("HTTP/1.1 101") else {
            throw RawHTTP.Failure(description: "no upgrade: \(head)")
        }
        pending.removeFirst(end.upperBound)
    }

    private func fill() throws {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { throw RawHTTP.Failure(description: "the socket closed") }
        pending += buffer[..<count]
    }

    /// The next text message from the server.
    func nextText() async throws -> String {
        try await offPool { try self.blockingNextText() }
    }

    private func blockingNextText() throws -> String {
        while true {
            while pending.count < 2 { try fill() }
            var length = Int(pending[1] & 0x7F)
            var offset = 2
            if length == 126 {
                while pending.count < 4 { try fill() }
                length = Int(pending[2]) << 8 | Int(pending[3])
                offset = 4
            } else if length == 127 {
                while pending.count < 10 { try fill() }
                length = pending[2..<10].reduce(0) { $0 << 8 | Int($1) }
                offset = 10
            }
            while pending.count < offset + length { try fill() }
            let opcode = pending[0] & 0x0F
            let payload = Array(pending[offset..<offset + length])
            pending.removeFirst(offset + length)
            if opcode == 1 { return String(decoding: payload, as: UTF8.self) }
            if opcode == 8 { throw RawHTTP.Failure(description: "the server closed the socket") }
        }
    }

    func close() {
        Glibc.close(socket)
    }
}

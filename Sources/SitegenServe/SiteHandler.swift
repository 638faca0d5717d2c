import FlyingFox
import Foundation

/// Answers every request of the preview server: the live-reload socket, or a file of the site.
///
/// Files come from the served site's map, never from the disk, so no path can reach anything
/// else; ``ServedPath`` refuses the paths that try. Every answer says `Cache-Control:
/// no-store`, so a browser never shows a page older than the last build.
struct SiteHandler: HTTPHandler {
    let site: ServedSite
    let socket: WebSocketHTTPHandler
    /// The `Host` headers answered when the server listens on a loopback address.
    ///
    /// A page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) gets a 403
    /// instead of the site, its drafts and its errors. Holding nil, it answers every host.
    let allowedHosts: HostsBox

    init(site: ServedSite, allowedHosts: HostsBox = HostsBox()) {
        self.site = site
        self.socket = .webSocket(LiveSocket(site: site))
        self.allowedHosts = allowedHosts
    }

    /// The hosts a loopback server on `port` answers to, or nil for any other address.
    static func loopbackHosts(host: String, port: UInt16) -> Set<String>? {
        guard ["127.0.0.1", "localhost", "::1"].contains(host) else { return nil }
        return ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"]
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if let hosts = allowedHosts.hosts,
            !hosts.contains((request.headers[.host] ?? "").lowercased())
        {
            let answer = Self.text(
                .forbidden, "This preview server answers only requests for its own address.\n")
            return HTTPResponse(
                statusCode: answer.status, headers: answer.headers, body: Data(answer.body))
        }
        let rawPath = request.target.path()
        if rawPath == LiveReload.socketPath { return try await socket.handleRequest(request) }
        guard request.method == .GET || request.method == .HEAD else {
            let answer = Self.text(.methodNotAllowed, "Only GET and HEAD are served.\n")
            var headers = answer.headers
            headers[HTTPHeader("Allow")] = "GET, HEAD"
            return HTTPResponse(
                statusCode: answer.status, headers: headers, body: Data(answer.body))
        }
        let answer = await respond(to: rawPath)
        guard request.method == .HEAD else {
            return HTTPResponse(
                statusCode: answer.status, headers: answer.headers, body: Data(answer.body))
        }
        var headers = answer.headers
        headers[.contentLength] = String(answer.body.count)
        return HTTPResponse(statusCode: answer.status, headers: headers)
    }

    /// An answer before it is sent: a HEAD request gets its headers only.
    private struct Answer {
        var status: HTTPStatusCode
        var headers: HTTPHeaders
        var body: [UInt8]
    }

    private func respond(to rawPath: String) async -> Answer {
        let (files, build, hasSite) = await site.snapshot()
        guard hasSite else {
            return Self.page(.serviceUnavailable, Self.waitingPage, url: rawPath, build: build)
        }
        switch ServedPath.resolve(rawPath, exists: { files[$0] != nil }) {
        case .file(let path):
            return Self.file(.ok, path: path, bytes: files[path] ?? [], build: build)
        case .redirect(let location):
            var answer = Self.text(.movedPermanently, "Moved to \(location)\n")
            answer.headers[.location] = location
            return answer
        case .notFound:
            guard let notFound = files["404.html"] else {
                return Self.text(.notFound, "Not found.\n")
            }
            return Self.file(
                .notFound, path: "404.html", bytes: notFound, build: build, anyBuild: true)
        case .refused:
            return Self.text(
                .badRequest, "Bad request: the path is not one a site file can have.\n")
        }
    }

    /// A site file, with the live-reload script in HTML pages.
    private static func file(
        _ status: HTTPStatusCode, path: String, bytes: [UInt8], build: String,
        anyBuild: Bool = false
    ) -> Answer {
        let type = ContentType.of(path)
        var body = bytes
        if type.hasPrefix("text/html") {
            body = LiveReload.inject(
                into: bytes, page: ServedPath.urlPath(of: path), build: build, anyBuild: anyBuild)
        }
        return Answer(status: status, headers: headers(type), body: body)
    }

    private static func page(_ status: HTTPStatusCode, _ html: String, url: String, build: String)
        -> Answer
    {
        let body = LiveReload.inject(
            into: Array(html.utf8), page: url, build: build, anyBuild: true)
        return Answer(status: status, headers: headers("text/html; charset=utf-8"), body: body)
    }

    private static func text(_ status: HTTPStatusCode, _ text: String) -> Answer {
        Answer(
            status: status, headers: headers("text/plain; charset=utf-8"), body: Array(text.utf8))
    }

    private static func headers(_ type: String) -> HTTPHeaders {
        [
            .contentType: type, HTTPHeader("Cache-Control"): "no-store",
            HTTPHeader("X-Content-Type-Options"): "nosniff",
        ]
    }

    /// Shown while there is no good build yet; the script reloads it when there is, and shows
    /// the errors meanwhile.
    private static let waitingPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>sitegen: waiting for a build</title></head>
        <body><p>sitegen has no good build of this site yet. Fix the errors the terminal shows;
        this page reloads by itself.</p></body></html>
        """
}

/// The hosts a server answers, set once its port is known.
final class HostsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Set<String>?

    /// The hosts answered; nil answers every host.
    var hosts: Set<String>? { lock.withLock { stored } }

    func set(_ hosts: Set<String>?) { lock.withLock { stored = hosts } }
}

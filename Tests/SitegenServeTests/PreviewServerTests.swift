import Foundation
import SitegenCore
import SitegenServe
import SitegenTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The preview server over real HTTP on an ephemeral port: what it answers, what it refuses,
/// and that what it serves is what a clean build writes.
@Suite("Preview server over HTTP", .serialized)
struct PreviewServerTests {
    @Test("Pages, types, HEAD, folders, redirects and the 404 page")
    func answers() async throws {
        let server = try await RunningServer.start()
        defer { Task { await server.stop() } }
        let http = server.http

        let home = try await http.request("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.headers["cache-control"] == "no-store")
        #expect(home.text.contains(LiveReload.marker))
        #expect(home.text.hasSuffix("</script></body>\n</html>\n"))

        let types = [
            "feed.xml": "application/xml", "sitemap.xml": "application/xml",
            "robots.txt": "text/plain; charset=utf-8",
        ]
        for (path, type) in types {
            let response = try await http.request("/" + path)
            #expect(response.status == 200, "\(path)")
            #expect(response.headers["content-type"] == type, "\(path)")
        }
        let files = try #require(await served(server))
        let stylesheet = try #require(files.keys.first { $0.hasSuffix(".css") })
        #expect(
            try await http.request("/" + stylesheet).headers["content-type"]
                == "text/css; charset=utf-8")
        let csv = try #require(files.keys.first { $0.hasSuffix(".csv") })
        #expect(
            try await http.request("/" + csv).headers["content-type"] == "text/csv; charset=utf-8")

        let head = try await http.request("/analyses/", method: "HEAD")
        let get = try await http.request("/analyses/")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers["content-length"] == String(get.body.count))

        let folder = try await http.request("/analyses")
        #expect(folder.status == 301)
        #expect(folder.headers["location"] == "/analyses/")

        let missing = try await http.request("/no/such/page/")
        #expect(missing.status == 404)
        #expect(missing.text.contains("Page not found"))
        #expect(missing.text.contains(LiveReload.marker))

        let rebound = try await http.request("/", headers: ["Host: attacker.example"])
        #expect(rebound.status == 403, "a request for another host name must not get the site")

        let post = try await http.request("/", method: "POST")
        #expect(post.status == 405)
        #expect(post.headers["allow"] == "GET, HEAD")
    }

    @Test("No request reads anything but the built site")
    func refusesTraversal() async throws {
        let server = try await RunningServer.start { root in
            try "secret".write(
                to: root.appending(path: "secret.txt"), atomically: true, encoding: .utf8)
            try FileManager.default.createSymbolicLink(
                at: root.appending(path: "content/linked-secret"),
                withDestinationURL: root.appending(path: "secret.txt"))
        }
        defer { Task { await server.stop() } }
        let refused = [
            "/../content/site.yaml", "/analyses/../../content/site.yaml",
            "/%2e%2e/content/site.yaml", "/%2E%2E/%2e%2E/etc/passwd",
            "/analyses%2f..%2f..%2fcontent%2fsite.yaml", "/analyses%2Findex.html",
            "/..%5ccontent%5csite.yaml", "/analyses\\..\\index.html", "/index.html%00.css",
            "/index.html\u{0}.css", "/./index.html", "//etc/passwd", "/%zz", "etc/passwd",
            "/..", "/analyses/%2e%2e/",
        ]
        for target in refused {
            let response = try await server.http.request(target)
            #expect(response.status == 400, "\(target): \(response.status)")
            #expect(!response.text.contains("secret"), "\(target)")
        }
        let absent = [
            "/content/site.yaml", "/templates/base.mustache", "/linked-secret",
            "/content/linked-secret", "/secret.txt",
        ]
        for target in absent {
            let response = try await server.http.request(target)
            #expect(response.status == 404, "\(target): \(response.status)")
            #expect(!response.text.contains("secret"), "\(target)")
            #expect(!response.text.contains("base_url"), "\(target)")
        }
    }

    @Test("Every served file equals a clean build's, apart from the live-reload script")
    func servedEqualsCleanBuild() async throws {
        let server = try await RunningServer.start()
        defer { Task { await server.stop() } }
        try await expectServedEqualsCleanBuild(server)

        let path = "content/analyses/single-cloud-alliances.md"
        let update = try await server.edit(
            path, try server.text(of: path) + "\nA sentence the test added.\n")
        #expect(update.changedFiles.contains("analyses/single-cloud-alliances/index.html"))
        let page = try await server.http.request("/analyses/single-cloud-alliances/")
        #expect(page.text.contains("A sentence the test added."))
        try await expectServedEqualsCleanBuild(server)
    }

    @Test("A broken edit is reported on the socket, the last good page stays, a fix clears it")
    func brokenEditOverSocket() async throws {
        let server = try await RunningServer.start()
        defer { Task { await server.stop() } }
        let socket = try await RawWebSocket.open(port: server.port, path: LiveReload.socketPath)
        defer { socket.close() }
        let hello = try await socket.nextText()
        #expect(hello.contains(#""type":"hello""#))
        let before = try await server.http.request("/analyses/single-cloud-alliances/")

        let path = "content/analyses/single-cloud-alliances.md"
        let good = try server.text(of: path)
        let broken = try await server.edit(
            path, good.replacingOccurrences(of: "\ndate: ", with: "\ndate: [<b>"))
        guard case .failed = broken.outcome else {
            Issue.record("expected a failed rebuild, got \(broken.outcome)")
            return
        }
        let failed = try await socket.nextText()
        #expect(failed.contains(#""type":"failed""#))
        #expect(failed.contains(#""path":"content\/analyses\/single-cloud-alliances.md""#))
        #expect(failed.contains(#""line":"#) && failed.contains(#""column":"#))
        let during = try await server.http.request("/analyses/single-cloud-alliances/")
        #expect(during.status == 200)
        #expect(during.body == before.body)

        let lateSocket = try await RawWebSocket.open(
            port: server.port, path: LiveReload.socketPath)
        #expect(try await lateSocket.nextText().contains(#""diagnostics":[{"#))
        lateSocket.close()

        try await server.edit(path, good + "\nFixed.\n")
        let built = try await socket.nextText()
        #expect(built.contains(#""type":"built""#))
        #expect(built.contains(#""\/analyses\/single-cloud-alliances\/""#))
    }

    @Test("Sixty connections at once, some kept open, each get their page")
    func concurrentConnections() async throws {
        let server = try await RunningServer.start()
        defer { Task { await server.stop() } }
        // Idle connections that never send a request must not hold the others up.
        let idle = try (0..<20).map { _ in try server.http.connect() }
        defer { idle.forEach { close($0) } }
        let port = server.port
        let statuses = await withTaskGroup(of: Int.self) { group in
            for index in 0..<60 {
                group.addTask {
                    let path = index % 2 == 0 ? "/" : "/analyses/single-cloud-alliances/"
                    return (try? await RawHTTP(port: port).request(path).status) ?? -1
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses.count == 60)
        #expect(statuses.allSatisfy { $0 == 200 }, "\(statuses.filter { $0 != 200 })")
    }

    @Test("A site that does not build yet is served as a waiting page until it is fixed")
    func waitsForFirstGoodBuild() async throws {
        let path = "content/analyses/single-cloud-alliances.md"
        let server = try await RunningServer.start { root in
            let file = root.appending(path: path)
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "\ndate: ", with: "\ndate: [").write(
                to: file, atomically: true, encoding: .utf8)
        }
        defer { Task { await server.stop() } }
        guard case .waiting(_, let failure) = server.firstEvent else {
            Issue.record(
                "expected the server to wait, got \(String(describing: server.firstEvent))")
            return
        }
        #expect(failure.diagnostics.contains { $0.path == path })
        let waiting = try await server.http.request("/")
        #expect(waiting.status == 503)
        #expect(waiting.text.contains(LiveReload.marker))

        let broken = try server.text(of: path)
        let update = try await server.edit(
            path, broken.replacingOccurrences(of: "\ndate: [", with: "\ndate: "))
        guard case .rebuilt = update.outcome else {
            Issue.record("expected a rebuild, got \(update.outcome)")
            return
        }
        #expect(update.changedFiles.contains("index.html"))
        #expect(try await server.http.request("/").status == 200)
    }

    @Test("A root with no content folder is an error before anything is served")
    func missingContent() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        do {
            try await PreviewServer(build: BuildOptions(root: folder.path), port: 0).run { _ in }
            Issue.record("the server started without a site")
        } catch {
            #expect(error.message.contains("No 'content' folder"))
            #expect(error.message.contains("--root"))
        }
    }

    @Test("A port in use is a clear error that suggests --port")
    func portInUse() async throws {
        let server = try await RunningServer.start()
        defer { Task { await server.stop() } }
        let second = PreviewServer(
            build: BuildOptions(root: server.folder.path), host: "127.0.0.1", port: server.port)
        do {
            try await second.run { _ in }
            Issue.record("a second server on the same port started")
        } catch {
            #expect(error.message.contains("already in use"))
            #expect(error.message.contains("--port"))
        }
    }

    /// The site as the server has it, fetched file by file from a clean build's list.
    private func served(_ server: RunningServer) async throws -> [String: [UInt8]]? {
        let output = MemoryOutput()
        _ = try await SiteBuilder(
            options: BuildOptions(root: server.folder.path, baseURL: server.url)
        ).build(into: output)
        var files: [String: [UInt8]] = [:]
        for path in output.files.keys {
            let response = try await server.http.request("/" + path)
            guard response.status == 200 else { return nil }
            files[path] = response.body
        }
        return files
    }

    private func expectServedEqualsCleanBuild(_ server: RunningServer) async throws {
        let output = MemoryOutput()
        _ = try await SiteBuilder(
            options: BuildOptions(root: server.folder.path, baseURL: server.url)
        ).build(into: output)
        var compared = 0
        for (path, bytes) in output.files {
            let response = try await server.http.request("/" + path)
            #expect(response.status == 200, "\(path)")
            var body = response.body
            if path.hasSuffix(".html") { body = Self.strippingLiveScript(body) }
            #expect(body == bytes, "\(path) differs from a clean build")
            compared += 1
        }
        #expect(compared > 40)
    }

    /// `html` without the one element the server adds.
    static func strippingLiveScript(_ html: [UInt8]) -> [UInt8] {
        let text = String(decoding: html, as: UTF8.self)
        guard let start = text.range(of: LiveReload.marker),
            let end = text.range(of: "</script>", range: start.upperBound..<text.endIndex)
        else { return html }
        return Array((text[..<start.lowerBound] + text[end.upperBound...]).utf8)
    }
}

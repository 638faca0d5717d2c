import FlyingFox
import FlyingSocks
import Foundation
public import SitegenCore

/// `sitegen serve`: builds a site in memory, serves it over HTTP, and rebuilds it as its
/// sources change, telling the browser to reload.
///
/// Nothing is written to disk: the site lives in a ``SiteSession``, built with the served
/// address as its base URL, so links, the feed, the sitemap and `404.html` all work.
public struct PreviewServer: Sendable {
    /// What to build (`output` is ignored, `baseURL` is the served address).
    public var build: BuildOptions
    /// The address to listen on: an IPv4 or IPv6 literal, or `localhost`.
    public var host: String
    /// The port to listen on; 0 asks the system for a free one.
    public var port: UInt16
    /// How the sources are watched.
    public var watching: FileWatcher.Strategy

    /// A server of the site `build.root` at `host:port`.
    public init(
        build: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 4000,
        watching: FileWatcher.Strategy = .native
    ) {
        self.build = build
        self.host = host
        self.port = port
        self.watching = watching
    }

    /// What the server tells its user.
    public enum Event: Sendable {
        /// The first build succeeded and the site is served at `url`.
        case serving(title: String, url: String, warnings: [Diagnostic])
        /// The first build failed; the server waits for a fix at `url`.
        case waiting(url: String, failure: BuildFailure)
        /// A rebuild ended, after `duration`.
        case rebuilt(SiteUpdate, duration: Duration)
    }

    /// Serves until the task is cancelled, reporting the first build and every rebuild.
    ///
    /// - Throws: ``PreviewError`` when the address cannot be listened on.
    public func run(events: @escaping @Sendable (Event) -> Void) async throws(PreviewError) {
        let root = URL(fileURLWithPath: build.root)
        var isFolder: ObjCBool = false
        guard
            FileManager.default.fileExists(
                atPath: root.appending(path: "content").path, isDirectory: &isFolder),
            isFolder.boolValue
        else {
            throw PreviewError(
                message:
                    "No 'content' folder in the site root '\(build.root)'; run sitegen serve in a site's folder or pass --root"
            )
        }
        let site = ServedSite()
        // The handler learns the port once it is bound (port 0 picks one).
        let hosts = HostsBox()
        let server = HTTPServer(
            address: try socketAddress(), timeout: 30,
            pool: NoDelayPool(base: HTTPServer.defaultPool()), logger: .disabled,
            handler: SiteHandler(site: site, allowedHosts: hosts))
        let listening = try await listen(server)
        hosts.set(SiteHandler.loopbackHosts(host: host, port: listening))
        let url = Self.url(host: host, port: listening)
        var options = build
        options.baseURL = url
        options.output = nil
        // The watcher starts before the first build, so no edit made during it is missed.
        let changes = FileWatcher(
            root: root, folders: ["content", "templates"], strategy: watching
        ).changes()
        let session = SiteSession(options: options)
        let first = await session.build(from: DiskFileSystem(root: root))
        await site.publish(first, files: await session.files)
        if case .failed(let failure) = first.outcome {
            events(.waiting(url: url, failure: failure))
        } else {
            events(
                .serving(
                    title: await session.siteTitle ?? "the site", url: url,
                    warnings: first.warnings))
        }
        for await paths in changes {
            let start = ContinuousClock.now
            let update = await session.update(from: DiskFileSystem(root: root), changed: paths)
            await site.publish(update, files: await session.files)
            events(.rebuilt(update, duration: .now - start))
        }
        await site.closeListeners()
        await server.stop(timeout: 1)
    }

    /// Starts `server` and waits until it listens; the port it listens on.
    private func listen(_ server: HTTPServer) async throws(PreviewError) -> UInt16 {
        let failed = FailureBox()
        Task {
            do {
                try await server.run()
            } catch {
                failed.set(error)
            }
        }
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if let error = failed.error { throw PreviewError(error, host: host, port: port) }
            if await server.isListening, case .ip4(_, let port) = await server.listeningAddress {
                return port
            }
            if await server.isListening, case .ip6(_, let port) = await server.listeningAddress {
                return port
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        throw PreviewError(message: "The server did not start listening on \(host):\(port)")
    }

    private func socketAddress() throws(PreviewError) -> any SocketAddress {
        let name = host == "localhost" ? "127.0.0.1" : host
        do {
            if name.contains(":") { return try sockaddr_in6.inet6(ip6: name, port: port) }
            return try sockaddr_in.inet(ip4: name, port: port)
        } catch {
            throw PreviewError(
                message:
                    "'\(host)' is not an IP address to listen on; pass --host 127.0.0.1, ::1 or 0.0.0.0"
            )
        }
    }

    /// The served address as a base URL: `http://127.0.0.1:4000/`.
    static func url(host: String, port: UInt16) -> String {
        let shown = host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(port)/"
    }
}

/// Why the preview server could not start, in words for the user.
public struct PreviewError: Error, Sendable, CustomStringConvertible {
    /// What went wrong and what to do.
    public var message: String

    /// An error with its message.
    public init(message: String) {
        self.message = message
    }

    init(_ error: any Error, host: String, port: UInt16) {
        if case .failed(_, let errno, _) = error as? SocketError, errno == EADDRINUSE {
            message =
                "Port \(port) on \(host) is already in use; stop the other server or pass --port with another number (--port 0 picks a free one)"
        } else if case .failed(_, let errno, _) = error as? SocketError, errno == EACCES {
            message =
                "Not allowed to listen on port \(port); pass --port with a number above 1023"
        } else {
            message = "Cannot listen on \(host):\(port): \(error.localizedDescription)"
        }
    }

    /// The message.
    public var description: String { message }
}

/// The error a server task ended with, read by the task waiting for it to listen.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    func set(_ error: any Error) { lock.withLock { stored = error } }
    var error: (any Error)? { lock.withLock { stored } }
}

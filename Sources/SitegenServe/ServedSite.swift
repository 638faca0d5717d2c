import FlyingFox
public import SitegenCore

/// What the preview server serves: the last good site, which build it is, the errors of the
/// last rebuild if it failed, and the pages listening for changes.
public actor ServedSite {
    /// The files of the last good build, by site-relative path.
    public private(set) var files: [String: [UInt8]] = [:]
    /// Why the last rebuild failed, while it is not fixed.
    public private(set) var failure: BuildFailure?
    /// The build the files come from: the server's instance and a counter, so a page served
    /// by an earlier server or build knows it is stale.
    public private(set) var build: String

    private let instance: String
    private var generation = 0
    private var listeners: [Int: AsyncStream<WSMessage>.Continuation] = [:]
    private var nextListener = 0

    /// An empty site; it serves "building" until the first ``publish(_:files:)``.
    public init() {
        instance = String(UInt32.random(in: .min ... .max), radix: 36)
        build = instance + ".0"
    }

    /// Whether a build has succeeded yet.
    public var hasSite: Bool { generation > 0 }

    /// The files, the build they come from, and whether there is a site yet, read together.
    func snapshot() -> (files: [String: [UInt8]], build: String, hasSite: Bool) {
        (files, build, hasSite)
    }

    /// Serves the outcome of a build or rebuild and tells every listening page.
    public func publish(_ update: SiteUpdate, files: [String: [UInt8]]) {
        switch update.outcome {
        case .failed(let failure):
            self.failure = failure
        case .rebuilt:
            failure = nil
            self.files = files
            generation += 1
            build = "\(instance).\(generation)"
        case .unchanged:
            failure = nil
        }
        guard let message = LiveReload.message(for: update, build: build) else { return }
        for listener in listeners.values { listener.yield(.text(message)) }
    }

    /// How many pages are listening.
    public var listenerCount: Int { listeners.count }

    /// A stream of messages for one page, opening with ``LiveReload/hello(build:failure:)``;
    /// it ends when the page's `client` stream does.
    func listen(to client: AsyncStream<WSMessage>) -> AsyncStream<WSMessage> {
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.yield(.text(LiveReload.hello(build: build, failure: failure)))
        Task {
            for await _ in client {}
            self.stopListening(id)
        }
        return stream
    }

    private func stopListening(_ id: Int) {
        listeners.removeValue(forKey: id)?.finish()
    }

    /// Ends every page's stream, for a server that stops.
    public func closeListeners() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }
}

/// Hands each WebSocket of a page to the site it listens to.
struct LiveSocket: WSMessageHandler {
    let site: ServedSite

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        await site.listen(to: client)
    }
}

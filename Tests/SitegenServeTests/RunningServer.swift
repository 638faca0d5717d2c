import Foundation
import SitegenCore
import SitegenServe
import SitegenTestSupport

/// A real preview server on an ephemeral port, serving a copy of the example site in a
/// temporary folder, with the events it reports.
final class RunningServer: Sendable {
    let folder: TemporaryFolder
    let port: UInt16
    let url: String
    private let task: Task<Void, any Error>
    private let events: Events

    /// What the server has reported, in order, for tests to wait on.
    private final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [PreviewServer.Event] = []

        func append(_ event: PreviewServer.Event) { lock.withLock { items.append(event) } }
        var all: [PreviewServer.Event] { lock.withLock { items } }
    }

    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts a server of the example site (changed by `prepare` first).
    static func start(
        watching: FileWatcher.Strategy = .native, prepare: (URL) throws -> Void = { _ in }
    ) async throws -> RunningServer {
        let folder = try TemporaryFolder()
        for name in ["content", "templates"] {
            try FileManager.default.copyItem(
                at: Repository.root.appending(path: name), to: folder.url.appending(path: name))
        }
        try prepare(folder.url)
        let events = Events()
        let server = PreviewServer(
            build: BuildOptions(root: folder.path), host: "127.0.0.1", port: 0,
            watching: watching)
        let task = Task { try await server.run { events.append($0) } }
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            for event in events.all {
                switch event {
                case .serving(_, let url, _), .waiting(let url, _):
                    return RunningServer(folder: folder, url: url, task: task, events: events)
                case .rebuilt: continue
                }
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        task.cancel()
        throw Timeout(description: "the server did not start")
    }

    private init(folder: TemporaryFolder, url: String, task: Task<Void, any Error>, events: Events)
    {
        self.folder = folder
        self.url = url
        self.task = task
        self.events = events
        let portText = url.split(separator: ":").last?.split(separator: "/").first ?? ""
        self.port = UInt16(portText) ?? 0
    }

    /// The first event the server reported.
    var firstEvent: PreviewServer.Event? { events.all.first }

    /// How many rebuilds the server has reported.
    var rebuildCount: Int {
        events.all.count { if case .rebuilt = $0 { true } else { false } }
    }

    /// Waits for the rebuild after the first `count` ones, and returns it.
    func rebuild(after count: Int, within limit: Duration = .seconds(30)) async throws
        -> SiteUpdate
    {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            let rebuilds = events.all.compactMap { event -> SiteUpdate? in
                if case .rebuilt(let update, _) = event { return update }
                return nil
            }
            if rebuilds.count > count { return rebuilds[count] }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw Timeout(description: "no rebuild after \(count) within \(limit)")
    }

    /// Writes `text` to the site-relative `path` and waits for the rebuild it causes.
    @discardableResult
    func edit(_ path: String, _ text: String) async throws -> SiteUpdate {
        let count = rebuildCount
        try Data(text.utf8).write(to: folder.url.appending(path: path))
        return try await rebuild(after: count)
    }

    /// The text of the site-relative `path`.
    func text(of path: String) throws -> String {
        try String(contentsOf: folder.url.appending(path: path), encoding: .utf8)
    }

    var http: RawHTTP { RawHTTP(port: port) }

    /// Stops the server and removes its folder.
    func stop() async {
        task.cancel()
        _ = await task.result
        folder.remove()
    }
}

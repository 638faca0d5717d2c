import Foundation
import SitegenServe
import SitegenTestSupport
import Testing

/// The watcher, with inotify and with polling: what it notices, what it leaves out, and that a
/// burst is reported as one.
@Suite("File watcher")
struct FileWatcherTests {
    /// Collects bursts from a watcher's stream.
    private final class Bursts: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [Set<String>] = []
        func append(_ burst: Set<String>) { lock.withLock { items.append(burst) } }
        var all: [Set<String>] { lock.withLock { items } }
    }

    private struct Watching {
        let folder: TemporaryFolder
        let bursts: Bursts
        let task: Task<Void, Never>

        /// Waits until a burst holding every path of `expected` has come; all bursts since
        /// `from`, joined.
        func waitFor(_ expected: Set<String>, from start: Int) async throws -> Set<String> {
            let deadline = ContinuousClock.now + .seconds(10)
            while ContinuousClock.now < deadline {
                let seen = bursts.all.dropFirst(start).reduce(into: Set<String>()) {
                    $0.formUnion($1)
                }
                if expected.isSubset(of: seen) { return seen }
                try await Task.sleep(for: .milliseconds(10))
            }
            return bursts.all.dropFirst(start).reduce(into: Set<String>()) { $0.formUnion($1) }
        }

        func url(_ path: String) -> URL { folder.url.appending(path: path) }
    }

    private func watch(_ strategy: FileWatcher.Strategy) async throws -> Watching {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.url.appending(path: "content/analyses"), withIntermediateDirectories: true)
        try Data("one".utf8).write(to: folder.url.appending(path: "content/analyses/a.md"))
        let bursts = Bursts()
        let stream = FileWatcher(root: folder.url, folders: ["content"], strategy: strategy)
            .changes()
        let task = Task {
            for await burst in stream { bursts.append(burst) }
        }
        // Polling takes its first look when it starts; give it that moment.
        try await Task.sleep(for: .milliseconds(150))
        return Watching(folder: folder, bursts: bursts, task: task)
    }

    @Test(
        "Writes, creations, deletions and renames of files and folders are noticed",
        arguments: [FileWatcher.Strategy.native, .polling(.milliseconds(20))])
    func noticesChanges(strategy: FileWatcher.Strategy) async throws {
        let watching = try await watch(strategy)
        defer {
            watching.task.cancel()
            watching.folder.remove()
        }
        let manager = FileManager.default

        try Data("two".utf8).write(to: watching.url("content/analyses/a.md"))
        #expect(try await watching.waitFor(["content/analyses/a.md"], from: 0).count >= 1)

        var start = watching.bursts.all.count
        try Data("new".utf8).write(to: watching.url("content/analyses/b.md"))
        #expect(
            try await watching.waitFor(["content/analyses/b.md"], from: start)
                .contains("content/analyses/b.md"))

        start = watching.bursts.all.count
        try manager.moveItem(
            at: watching.url("content/analyses/b.md"), to: watching.url("content/analyses/c.md"))
        let renamed = try await watching.waitFor(
            ["content/analyses/b.md", "content/analyses/c.md"], from: start)
        #expect(renamed.isSuperset(of: ["content/analyses/b.md", "content/analyses/c.md"]))

        start = watching.bursts.all.count
        try manager.createDirectory(
            at: watching.url("content/pages"), withIntermediateDirectories: true)
        try await Task.sleep(for: .milliseconds(100))
        try Data("page".utf8).write(to: watching.url("content/pages/about.md"))
        let created = try await watching.waitFor(["content/pages/about.md"], from: start)
        #expect(created.contains("content/pages/about.md"))

        start = watching.bursts.all.count
        try manager.moveItem(at: watching.url("content/pages"), to: watching.url("content/docs"))
        let movedFolder = try await watching.waitFor(["content/docs"], from: start)
        #expect(movedFolder.contains("content/docs"))

        start = watching.bursts.all.count
        try manager.removeItem(at: watching.url("content/analyses/a.md"))
        #expect(
            try await watching.waitFor(["content/analyses/a.md"], from: start)
                .contains("content/analyses/a.md"))
    }

    @Test("An editor's save (swap file, write, rename) is one burst naming only the real file")
    func editorSaveIsOneBurst() async throws {
        let watching = try await watch(.native)
        defer {
            watching.task.cancel()
            watching.folder.remove()
        }
        let manager = FileManager.default
        let start = watching.bursts.all.count
        try Data("swap".utf8).write(to: watching.url("content/analyses/.a.md.swp"))
        try Data("backup".utf8).write(to: watching.url("content/analyses/a.md~"))
        try Data("saved".utf8).write(to: watching.url("content/analyses/4913"))
        try manager.removeItem(at: watching.url("content/analyses/4913"))
        try Data("saved".utf8).write(to: watching.url("content/analyses/a.md.tmp"))
        // rename(2) over the real file, as editors save atomically.
        #expect(
            rename(
                watching.url("content/analyses/a.md.tmp").path,
                watching.url("content/analyses/a.md").path) == 0)
        let seen = try await watching.waitFor(["content/analyses/a.md"], from: start)
        try await Task.sleep(for: .milliseconds(200))
        let bursts = Array(watching.bursts.all.dropFirst(start))
        #expect(seen == ["content/analyses/a.md"])
        #expect(bursts.count == 1, "\(bursts)")
    }

    @Test("Editor scratch files are recognised")
    func scratchNames() {
        for name in [".a.md.swp", "a.md~", "#a.md#", ".#a.md", "4913", "a.md.tmp", "x.kate-swp"] {
            #expect(FileWatcher.isEditorScratch(name), "\(name)")
        }
        for name in ["a.md", "deals.yaml", "site.css", "tmp.md", "swap.md"] {
            #expect(!FileWatcher.isEditorScratch(name), "\(name)")
        }
    }
}

public import Foundation
import SitegenCore

#if canImport(Glibc)
    import Glibc
#endif

/// Watches folders of a site root and reports what changed in them, a burst at a time.
///
/// On Linux it uses inotify (one watch per folder, added as folders appear); elsewhere, or
/// when asked, it polls every file's size and modification time. Either way it reports
/// site-relative paths of files and folders that were created, written, deleted or renamed,
/// once the burst is over (an editor's save is often a write, a rename and a delete), and
/// leaves out the swap, backup and lock files editors write beside the real ones.
public struct FileWatcher: Sendable {
    /// How changes are noticed.
    public enum Strategy: Sendable {
        /// The kernel says (inotify); falls back to polling where there is none.
        case native
        /// Every file is looked at again at this interval.
        case polling(Duration)
    }

    /// The site root.
    public var root: URL
    /// The folders of the root to watch (`content`, `templates`).
    public var folders: [String]
    /// How long the files must be quiet before a burst is reported.
    public var quiet: Duration
    /// How changes are noticed.
    public var strategy: Strategy

    /// A watcher of `folders` of `root`.
    public init(
        root: URL, folders: [String], quiet: Duration = .milliseconds(40),
        strategy: Strategy = .native
    ) {
        self.root = root
        self.folders = folders
        self.quiet = quiet
        self.strategy = strategy
    }

    /// The bursts of changes, each a set of site-relative paths, until the stream's consumer
    /// stops listening.
    public func changes() -> AsyncStream<Set<String>> {
        let (stream, continuation) = AsyncStream<Set<String>>.makeStream()
        let stop = StopFlag()
        continuation.onTermination = { _ in stop.set() }
        // The watches are made (or the first look taken) before this returns, so an edit made
        // right after, during the first build, is not missed.
        let run: @Sendable () -> Void
        switch strategy {
        case .native:
            #if os(Linux)
                if let inotify = Inotify(watcher: self) {
                    run = { inotify.run(until: stop, report: { continuation.yield($0) }) }
                    break
                }
            #endif
            let polling = Polling(watcher: self, interval: .milliseconds(250))
            run = { polling.run(until: stop, report: { continuation.yield($0) }) }
        case .polling(let interval):
            let polling = Polling(watcher: self, interval: interval)
            run = { polling.run(until: stop, report: { continuation.yield($0) }) }
        }
        let thread = Thread { run() }
        thread.name = "sitegen file watcher"
        thread.start()
        return stream
    }

    /// Whether a file name is one an editor writes beside the real file: a swap, backup, lock
    /// or temporary file.
    public static func isEditorScratch(_ name: String) -> Bool {
        if name.hasPrefix(".") || name.hasSuffix("~") || name == "4913" { return true }
        if name.hasPrefix("#") && name.hasSuffix("#") { return true }
        let lowered = name.lowercased()
        let endings = [
            ".swp", ".swo", ".swx", ".tmp", ".temp", ".bak", ".orig", ".kate-swp", ".crswap",
        ]
        return endings.contains { lowered.hasSuffix($0) } || lowered.contains(".sb-")
    }

    /// Whether the site-relative `path` should be reported: not an editor's scratch file,
    /// though hidden files that `content/static/` publishes (`.well-known/`) are.
    func reports(_ path: String) -> Bool {
        let isStatic = path.hasPrefix(StaticFile.folder + "/")
        return !path.split(separator: "/").contains { part in
            let name = String(part)
            return Self.isEditorScratch(name) && !(isStatic && StaticFile.isPublishedHidden(name))
        }
    }
}

/// A flag one thread sets and another reads.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false

    func set() { lock.withLock { stopped = true } }
    var isSet: Bool { lock.withLock { stopped } }
}

extension Duration {
    /// The duration in milliseconds, rounded down.
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}

/// Notices changes by looking at every file's size and modification time again and again.
final class Polling: @unchecked Sendable {
    let watcher: FileWatcher
    let interval: Duration
    /// The last look, taken first when the watcher starts (then used by its thread alone).
    private var last: [String: Stamp] = [:]

    init(watcher: FileWatcher, interval: Duration) {
        self.watcher = watcher
        self.interval = interval
        last = scan()
    }

    private struct Stamp: Equatable {
        var size: Int
        var modified: Date
        var isFolder: Bool
    }

    func run(until stop: StopFlag, report: (Set<String>) -> Void) {
        var pending: Set<String> = []
        var quietSince = ContinuousClock.now
        while !stop.isSet {
            Thread.sleep(forTimeInterval: Double(interval.milliseconds) / 1000)
            let now = scan()
            var changed: Set<String> = []
            for (path, stamp) in now where last[path] != stamp { changed.insert(path) }
            for path in last.keys where now[path] == nil { changed.insert(path) }
            last = now
            changed = changed.filter(watcher.reports)
            if !changed.isEmpty {
                pending.formUnion(changed)
                quietSince = .now
            } else if !pending.isEmpty, ContinuousClock.now - quietSince >= watcher.quiet {
                report(pending)
                pending = []
            }
        }
    }

    private func scan() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let manager = FileManager.default
        for folder in watcher.folders {
            let base = watcher.root.appending(path: folder)
            guard let walker = manager.enumerator(atPath: base.path) else { continue }
            while let relative = walker.nextObject() as? String {
                let path = folder + "/" + relative
                guard
                    let attributes = try? manager.attributesOfItem(
                        atPath: watcher.root.appending(path: path).path)
                else { continue }
                stamps[path] = Stamp(
                    size: (attributes[.size] as? Int) ?? 0,
                    modified: (attributes[.modificationDate] as? Date) ?? .distantPast,
                    isFolder: (attributes[.type] as? FileAttributeType) == .typeDirectory)
            }
        }
        return stamps
    }
}

#if os(Linux)
    /// Notices changes through inotify: a watch on every folder under the watched ones, and
    /// on the root for the watched folders themselves being made, removed or renamed.
    ///
    /// `@unchecked Sendable`: made on the caller's thread, then used by the watcher's thread
    /// alone.
    final class Inotify: @unchecked Sendable {
        private let watcher: FileWatcher
        private let descriptor: Int32
        /// Each watch's folder, site-relative ("" for the root).
        private var folders: [Int32: String] = [:]

        private static let folderMask = UInt32(
            IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
                | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
        private static let rootMask = UInt32(
            IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR)

        init?(watcher: FileWatcher) {
            let descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
            guard descriptor >= 0 else { return nil }
            self.watcher = watcher
            self.descriptor = descriptor
            add("", mask: Self.rootMask)
            for folder in watcher.folders { addTree(folder) }
        }

        deinit { close(descriptor) }

        private func add(_ folder: String, mask: UInt32) {
            let path =
                folder.isEmpty ? watcher.root.path : watcher.root.appending(path: folder).path
            let watch = inotify_add_watch(descriptor, path, mask)
            if watch >= 0 { folders[watch] = folder }
        }

        /// Watches `folder` and every folder under it.
        private func addTree(_ folder: String) {
            var isFolder: ObjCBool = false
            let url = watcher.root.appending(path: folder)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
                isFolder.boolValue
            else { return }
            add(folder, mask: Self.folderMask)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted() where !FileWatcher.isEditorScratch(name) {
                addTree(folder + "/" + name)
            }
        }

        func run(until stop: StopFlag, report: (Set<String>) -> Void) {
            var pending: Set<String> = []
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while !stop.isSet {
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let timeout = pending.isEmpty ? 200 : watcher.quiet.milliseconds
                let ready = poll(&poller, 1, Int32(timeout))
                if ready == 0 {
                    if !pending.isEmpty {
                        report(pending)
                        pending = []
                    }
                    continue
                }
                if ready < 0 { continue }
                let count = buffer.withUnsafeMutableBytes {
                    read(descriptor, $0.baseAddress, $0.count)
                }
                guard count > 0 else { continue }
                pending.formUnion(events(in: buffer, count: count))
            }
        }

        /// The paths named by the events in the first `count` bytes of `buffer`.
        private func events(in buffer: [UInt8], count: Int) -> Set<String> {
            var paths: Set<String> = []
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let event = buffer.withUnsafeBytes {
                    $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                }
                let nameBytes = buffer[
                    (offset + header)..<min(count, offset + header + Int(event.len))]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                offset += header + Int(event.len)
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    // Events were lost: watch every folder again (folders made meanwhile
                    // included) and have everything looked at.
                    for folder in watcher.folders { addTree(folder) }
                    paths.formUnion(watcher.folders)
                    continue
                }
                guard let folder = folders[event.wd] else { continue }
                if event.mask & UInt32(IN_IGNORED) != 0 {
                    folders[event.wd] = nil
                    continue
                }
                if name.isEmpty {
                    // The watched folder itself was deleted or moved.
                    if !folder.isEmpty { paths.insert(folder) }
                    continue
                }
                let path = folder.isEmpty ? name : folder + "/" + name
                if folder.isEmpty {
                    guard watcher.folders.contains(name) else { continue }
                } else if !watcher.reports(path) {
                    continue
                }
                let madeFolder =
                    event.mask & UInt32(IN_ISDIR) != 0
                    && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
                if madeFolder { addTree(path) }
                paths.insert(path)
            }
            return paths
        }
    }
#endif

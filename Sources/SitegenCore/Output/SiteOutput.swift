import Foundation

/// Where a build's files go: written one by one, then kept only if the build succeeded.
public protocol SiteOutput: Sendable {
    /// Writes one file of the site; `path` is relative to the site root.
    func write(path: String, bytes: [UInt8]) throws(BuildFailure)
    /// Copies the file `source` of `fileSystem` to `path`, without holding it in memory
    /// where the output is on disk.
    func copy(path: String, from fileSystem: any SiteFileSystem, source: String)
        throws(BuildFailure)
    /// Makes the written files the site, replacing what was there.
    func commit() throws(BuildFailure)
    /// Drops the written files; what was there before stays.
    func discard()
}

extension SiteOutput {
    /// Reads the file and writes its bytes.
    public func copy(path: String, from fileSystem: any SiteFileSystem, source: String)
        throws(BuildFailure)
    {
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.bytes(of: source)
        } catch {
            throw BuildFailure(path: source, message: error.message)
        }
        try write(path: path, bytes: bytes)
    }
}

/// A built site kept in memory, for tests and the preview server.
///
/// `@unchecked Sendable`: its two file maps are only touched while holding `lock`
/// (`Synchronization.Mutex` would need macOS 15; the package supports macOS 14).
public final class MemoryOutput: SiteOutput, @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [String: [UInt8]] = [:]
    private var committed: [String: [UInt8]] = [:]

    /// An empty output.
    public init() {}

    /// The files of the last successful build, by path.
    public var files: [String: [UInt8]] { lock.withLock { committed } }

    /// Keeps `bytes` as the file `path` of the build under way.
    public func write(path: String, bytes: [UInt8]) throws(BuildFailure) {
        lock.withLock { pending[path] = bytes }
    }

    /// Makes the build under way the last successful build.
    public func commit() throws(BuildFailure) {
        lock.withLock {
            committed = pending
            pending = [:]
        }
    }

    /// Drops the build under way; the last successful build stays.
    public func discard() {
        lock.withLock { pending = [:] }
    }
}

public import Foundation

/// The files a site is read from: a folder on disk, or files held in memory (for tests and
/// for the preview server).
///
/// Paths are relative to the site root with `/` separators; "" is the root itself.
public protocol SiteFileSystem: Sendable {
    /// What `path` is, or nil when nothing is there.
    func kind(of path: String) -> SiteFileKind?
    /// The names of the entries directly in the folder `path`, in no particular order.
    func entries(in path: String) -> [String]
    /// The bytes of the file at `path`.
    func bytes(of path: String) throws(SiteFileError) -> [UInt8]
    /// At most `count` bytes of the file at `path`, from byte `offset` on (all of them to the
    /// end when `count` is nil), so a file can be read in parts without reading it twice.
    func bytes(of path: String, from offset: Int, count: Int?) throws(SiteFileError) -> [UInt8]
    /// Copies the file at `path` to `destination` on disk; file systems on disk stream it,
    /// so a large file is never held in memory.
    func copy(_ path: String, to destination: URL) throws(SiteFileError)
}

extension SiteFileSystem {
    /// Reads the whole file and keeps the part asked for; file systems that can seek do better.
    public func bytes(of path: String, from offset: Int, count: Int?) throws(SiteFileError)
        -> [UInt8]
    {
        let all = try bytes(of: path)
        let start = min(max(offset, 0), all.count)
        let end = count.map { min(all.count, start + max($0, 0)) } ?? all.count
        return Array(all[start..<end])
    }

    /// Reads the whole file and writes it; file systems on disk stream it instead.
    public func copy(_ path: String, to destination: URL) throws(SiteFileError) {
        let bytes = try bytes(of: path)
        do {
            try Data(bytes).write(to: destination)
        } catch {
            throw SiteFileError(message: "Cannot write the copy: \(error.localizedDescription)")
        }
    }
}

/// What a path of a site file system is.
public enum SiteFileKind: Sendable, Hashable {
    case file
    case folder
    /// A link that leads outside the site root; it is never read.
    case outside
}

/// Why a file could not be read, in words for the user.
public struct SiteFileError: Error, Sendable, Hashable {
    /// What went wrong, ending without a period.
    public var message: String

    /// Creates an error with its message.
    public init(message: String) {
        self.message = message
    }
}

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

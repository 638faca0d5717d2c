/// A file's length and the 64-bit FNV-1a hash of its bytes (as ``Fingerprint`` makes it): enough to tell an edit from a touch
/// that left the bytes as they were.
struct FileDigest: Sendable, Hashable {
    var count: Int
    var hash: UInt64

    /// The digest of `bytes`.
    init(_ bytes: [UInt8]) {
        self.count = bytes.count
        self.hash = Fingerprint.hash(bytes)
    }

    private init(count: Int, hash: UInt64) {
        self.count = count
        self.hash = hash
    }

    /// The digest of a path that exists but cannot be read (a link leading outside the root).
    static let unreadable = FileDigest(count: -1, hash: 0)
}

/// The digests of every file a site is built from, by site-relative path.
struct SourceDigests: Sendable {
    /// The folders of the site root that a build reads.
    static let folders = ["content", "templates"]

    private(set) var digests: [String: FileDigest]

    /// Reads and digests every file under ``folders``.
    init(reading reader: SiteReader) {
        var digests: [String: FileDigest] = [:]
        for path in Self.folders.flatMap(reader.allFiles(under:)) {
            digests[path] = Self.digest(of: path, reader: reader)
        }
        self.digests = digests
    }

    /// The paths of every source file known.
    var paths: Set<String> { Set(digests.keys) }

    /// The digest of `path` as it is now, or nil when it is not a file.
    static func digest(of path: String, reader: SiteReader) -> FileDigest? {
        switch reader.fileSystem.kind(of: path) {
        case .file:
            guard case .success(let bytes) = reader.data(path) else { return .unreadable }
            return FileDigest(bytes)
        case .outside: return .unreadable
        case .folder, nil: return nil
        }
    }

    /// The digest recorded for `path`.
    subscript(path: String) -> FileDigest? {
        get { digests[path] }
        set { digests[path] = newValue }
    }
}

/// A site held in memory as a map from site-relative paths to bytes; folders are implied by
/// the paths of the files in them.
public struct MemoryFileSystem: SiteFileSystem {
    /// The files, by path such as `content/site.yaml`.
    public var files: [String: [UInt8]]

    /// A file system holding `files`.
    public init(files: [String: [UInt8]]) {
        self.files = files
    }

    /// A file system holding text files.
    public init(texts: [String: String]) {
        files = texts.mapValues { Array($0.utf8) }
    }

    /// What `path` is, or nil when nothing is there.
    public func kind(of path: String) -> SiteFileKind? {
        if files[path] != nil { return .file }
        let prefix = path.isEmpty ? "" : path + "/"
        return files.keys.contains { $0.hasPrefix(prefix) } ? .folder : nil
    }

    /// The names of the entries directly in the folder `path`.
    public func entries(in path: String) -> [String] {
        let prefix = path.isEmpty ? "" : path + "/"
        var names: Set<String> = []
        for key in files.keys where key.hasPrefix(prefix) {
            if let name = key.dropFirst(prefix.count).split(separator: "/").first {
                names.insert(String(name))
            }
        }
        return Array(names)
    }

    /// The bytes of the file at `path`.
    public func bytes(of path: String) throws(SiteFileError) -> [UInt8] {
        guard let bytes = files[path] else {
            throw SiteFileError(message: "Cannot read the file: it does not exist")
        }
        return bytes
    }
}

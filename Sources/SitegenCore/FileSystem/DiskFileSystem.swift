public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A site on disk below a root folder, refusing anything whose real path lies outside it.
public struct DiskFileSystem: SiteFileSystem {
    /// The site root, symlinks resolved.
    public let root: URL
    private let folders = FolderCache()

    /// A file system for the site in `root`.
    public init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Which folders lie inside the root, by path, so that reading a file that is not a link
    /// resolves only its folder, once per folder rather than once per file.
    ///
    /// `@unchecked Sendable`: `known` is only touched while holding `lock`; the answers never
    /// change during a build, so the cache cannot make a result depend on timing.
    private final class FolderCache: @unchecked Sendable {
        private let lock = NSLock()
        private var known: [String: Bool] = [:]

        func isInside(_ folder: String, compute: () -> Bool) -> Bool {
            if let answer = lock.withLock({ known[folder] }) { return answer }
            let answer = compute()
            lock.withLock { known[folder] = answer }
            return answer
        }
    }

    /// What `path` is, or nil when nothing is there.
    public func kind(of path: String) -> SiteFileKind? {
        var isFolder: ObjCBool = false
        let url = path.isEmpty ? root : root.appending(path: path)
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            return nil
        }
        guard isInside(url) else { return .outside }
        return isFolder.boolValue ? .folder : .file
    }

    /// The names of the entries directly in the folder `path`.
    public func entries(in path: String) -> [String] {
        let url = path.isEmpty ? root : root.appending(path: path)
        return (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    }

    /// The bytes of the file at `path`.
    public func bytes(of path: String) throws(SiteFileError) -> [UInt8] {
        let url = try insideURL(of: path)
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw Self.readFailure(path, at: url, error)
        }
    }

    /// Reads only the part asked for, seeking to `offset`.
    public func bytes(of path: String, from offset: Int, count: Int?) throws(SiteFileError)
        -> [UInt8]
    {
        let url = try insideURL(of: path)
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            if offset > 0 { try handle.seek(toOffset: UInt64(offset)) }
            let data = try count.map { try handle.read(upToCount: $0) } ?? handle.readToEnd()
            return data.map(Array.init) ?? []
        } catch {
            throw Self.readFailure(path, at: url, error)
        }
    }

    /// The URL of the file at `path`, refusing one that leads outside the root.
    private func insideURL(of path: String) throws(SiteFileError) -> URL {
        let url = root.appending(path: path)
        guard fileIsInside(url) else {
            throw SiteFileError(
                message:
                    "Refusing to read a file that lies outside the site root; replace the link with the file itself"
            )
        }
        return url
    }

    /// Why `path` could not be read, in words a writer can act on rather than the system's.
    private static func readFailure(_ path: String, at url: URL, _ error: any Error)
        -> SiteFileError
    {
        if path.unicodeScalars.contains("\u{FFFD}") {
            return SiteFileError(
                message:
                    "The file's name is not valid UTF-8, so it cannot be opened; rename the file")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
            isFolder.boolValue
        {
            return SiteFileError(
                message:
                    "This is a folder, not a file; rename it without the file extension (a folder of the section is read as a page bundle, holding its index.md)"
            )
        }
        let reason = (error as NSError).localizedFailureReason ?? "the system refused it"
        return SiteFileError(message: "Cannot read the file: \(reason)")
    }

    /// Copies the file in pieces of 1 MiB, so memory stays flat however large it is.
    public func copy(_ path: String, to destination: URL) throws(SiteFileError) {
        let url = try insideURL(of: path)
        do {
            let input = try FileHandle(forReadingFrom: url)
            defer { try? input.close() }
            guard FileManager.default.createFile(atPath: destination.path, contents: nil) else {
                throw SiteFileError(message: "Cannot create the copy at '\(destination.path)'")
            }
            let output = try FileHandle(forWritingTo: destination)
            defer { try? output.close() }
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                try output.write(contentsOf: chunk)
            }
        } catch let error as SiteFileError {
            throw error
        } catch {
            throw SiteFileError(message: "Cannot copy the file: \(error.localizedDescription)")
        }
    }

    /// Whether the file at `url` lies inside the root: a file that is not a symbolic link is
    /// inside when its folder is.
    private func fileIsInside(_ url: URL) -> Bool {
        var status = stat()
        guard lstat(url.path, &status) == 0, status.st_mode & S_IFMT != S_IFLNK else {
            return isInside(url)
        }
        let folder = url.deletingLastPathComponent()
        return folders.isInside(folder.path) { isInside(folder) }
    }

    private func isInside(_ url: URL) -> Bool {
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
        let rootPath = root.path
        return resolved == rootPath
            || resolved.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/")
    }
}

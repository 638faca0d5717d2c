import Foundation

/// Reads the files of one site through its file system, and nothing outside the root.
///
/// Paths are relative to the root with `/` separators. Hidden files are skipped. A file or
/// folder that leads outside the root is refused.
struct SiteReader: Sendable {
    let fileSystem: any SiteFileSystem

    init(fileSystem: any SiteFileSystem) {
        self.fileSystem = fileSystem
    }

    /// Whether `relativePath` names a folder inside the root.
    func isDirectory(_ relativePath: String) -> Bool {
        fileSystem.kind(of: relativePath) == .folder
    }

    /// Whether `relativePath` exists but leads outside the root (through a symlink).
    func escapesRoot(_ relativePath: String) -> Bool {
        fileSystem.kind(of: relativePath) == .outside
    }

    /// The files directly in `folder` whose extension is in `extensions`, sorted by path.
    ///
    /// A missing folder has no files. Sub-folders are not entered.
    func files(in folder: String, extensions: Set<String>) -> [String] {
        guard isDirectory(folder) else { return [] }
        return fileSystem.entries(in: folder).filter { name in
            !name.hasPrefix(".")
                && extensions.contains((name as NSString).pathExtension.lowercased())
        }
        .sorted()
        .map { folder + "/" + $0 }
    }

    /// The folders directly in `folder`, sorted by path; hidden ones are skipped.
    ///
    /// Names ending in `.md` or `.markdown` are taken for files without a look, so a folder
    /// of 10,000 analyses costs no 10,000 checks.
    func folders(in folder: String) -> [String] {
        guard isDirectory(folder) else { return [] }
        return fileSystem.entries(in: folder).filter { name in
            let lowered = name.lowercased()
            return !name.hasPrefix(".") && !lowered.hasSuffix(".md")
                && !lowered.hasSuffix(".markdown")
        }
        .map { folder + "/" + $0 }
        .filter(isDirectory).sorted()
    }

    /// Every file under `folder`, recursively, sorted by path; hidden entries are skipped,
    /// except those `content/static/` publishes (``StaticFile/isPublishedHidden(_:)``).
    func allFiles(under folder: String) -> [String] {
        guard isDirectory(folder) else { return [] }
        let published = folder == StaticFile.folder || folder.hasPrefix(StaticFile.folder + "/")
        let keepsHidden = { (name: String) in published && StaticFile.isPublishedHidden(name) }
        var found: [String] = []
        var pending = [folder]
        while let current = pending.popLast() {
            for name in fileSystem.entries(in: current)
            where !name.hasPrefix(".") || keepsHidden(name) {
                let path = current + "/" + name
                switch fileSystem.kind(of: path) {
                case .file, .outside: found.append(path)
                case .folder: pending.append(path)
                case nil: continue
                }
            }
        }
        return found.sorted()
    }

    /// The bytes of a file, refusing anything outside the root.
    func data(_ relativePath: String) -> Result<[UInt8], Diagnostic> {
        do {
            return .success(try fileSystem.bytes(of: relativePath))
        } catch {
            return .failure(Diagnostic(.error, path: relativePath, message: error.message))
        }
    }

    /// At most `count` bytes of a file from byte `offset` on (to the end when nil).
    func data(_ relativePath: String, from offset: Int, count: Int?) -> Result<[UInt8], Diagnostic>
    {
        do {
            return .success(try fileSystem.bytes(of: relativePath, from: offset, count: count))
        } catch {
            return .failure(Diagnostic(.error, path: relativePath, message: error.message))
        }
    }

    /// A text file, decoded as UTF-8 with a byte-order mark dropped and CRLF made LF.
    ///
    /// Invalid UTF-8 is a diagnostic at the line and column of the first bad byte.
    func read(_ relativePath: String) -> Result<SourceFile, Diagnostic> {
        switch data(relativePath) {
        case .failure(let diagnostic): return .failure(diagnostic)
        case .success(let bytes): return TextDecoding.decode(bytes, path: relativePath)
        }
    }
}

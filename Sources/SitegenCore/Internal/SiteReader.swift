import Foundation

/// Reads the files of one site root, and nothing outside it.
///
/// Paths are relative to the root with `/` separators. Hidden files are skipped. A file or
/// folder whose real path (symlinks resolved) lies outside the root is refused.
struct SiteReader: Sendable {
    /// The site root, symlinks resolved.
    let root: URL

    init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Whether `relativePath` names a folder inside the root.
    func isDirectory(_ relativePath: String) -> Bool {
        var isFolder: ObjCBool = false
        let url = root.appending(path: relativePath)
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            && isFolder.boolValue && isInside(url)
    }

    /// Whether `relativePath` exists but leads outside the root (through a symlink).
    func escapesRoot(_ relativePath: String) -> Bool {
        let url = root.appending(path: relativePath)
        return FileManager.default.fileExists(atPath: url.path) && !isInside(url)
    }

    /// The files directly in `folder` whose extension is in `extensions`, sorted by path.
    ///
    /// A missing folder has no files. Sub-folders are not entered.
    func files(in folder: String, extensions: Set<String>) -> [String] {
        let url = root.appending(path: folder)
        guard isDirectory(folder),
            let names = try? FileManager.default.contentsOfDirectory(atPath: url.path)
        else { return [] }
        return names.filter { name in
            !name.hasPrefix(".")
                && extensions.contains((name as NSString).pathExtension.lowercased())
        }
        .sorted()
        .map { folder + "/" + $0 }
    }

    /// Every file under `folder`, recursively, sorted by path; hidden entries are skipped.
    func allFiles(under folder: String) -> [String] {
        guard isDirectory(folder),
            let enumerator = FileManager.default.enumerator(
                atPath: root.appending(path: folder).path)
        else { return [] }
        var found: [String] = []
        while let entry = enumerator.nextObject() as? String {
            let components = entry.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) { continue }
            let path = folder + "/" + entry
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: root.appending(path: path).path, isDirectory: &isFolder),
                !isFolder.boolValue
            {
                found.append(path)
            }
        }
        return found.sorted()
    }

    /// The bytes of a file, refusing anything outside the root.
    func data(_ relativePath: String) -> Result<Data, Diagnostic> {
        let url = root.appending(path: relativePath)
        guard isInside(url) else {
            return .failure(
                Diagnostic(
                    .error, path: relativePath,
                    message:
                        "Refusing to read a file that lies outside the site root; replace the link with the file itself"
                ))
        }
        do {
            return .success(try Data(contentsOf: url))
        } catch {
            return .failure(
                Diagnostic(
                    .error, path: relativePath,
                    message: "Cannot read the file: \(error.localizedDescription)"))
        }
    }

    /// A text file, decoded as UTF-8 with a byte-order mark dropped and CRLF made LF.
    ///
    /// Invalid UTF-8 is a diagnostic at the line and column of the first bad byte.
    func read(_ relativePath: String) -> Result<SourceFile, Diagnostic> {
        switch data(relativePath) {
        case .failure(let diagnostic): return .failure(diagnostic)
        case .success(let data): return TextDecoding.decode(Array(data), path: relativePath)
        }
    }

    private func isInside(_ url: URL) -> Bool {
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
        let rootPath = root.path
        return resolved == rootPath
            || resolved.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/")
    }
}

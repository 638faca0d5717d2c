import Foundation

/// A folder beside the output where a build is written, swapped in only when it succeeded.
///
/// A failed build discards the staging folder and leaves the previous output as it was;
/// a successful one replaces the output whole, so removed pages disappear.
struct StagingFolder: SiteOutput {
    /// The folder the site finally lands in.
    let output: URL
    /// The folder the build writes to: `.<output name>.staging` beside the output.
    let staging: URL

    /// Creates an empty staging folder beside `output`.
    init(output: URL) throws(BuildFailure) {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        let name = self.output.lastPathComponent
        staging = parent.appending(path: ".\(name).staging")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            if FileManager.default.fileExists(atPath: staging.path) {
                try FileManager.default.removeItem(at: staging)
            }
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw BuildFailure(
                path: staging.path,
                message: "Cannot create the staging folder: \(error.localizedDescription)")
        }
    }

    /// Writes one file below the staging folder, creating folders as needed.
    func write(path: String, bytes: [UInt8]) throws(BuildFailure) {
        let url = try destination(of: path)
        do {
            try Data(bytes).write(to: url)
        } catch {
            throw BuildFailure(
                path: path, message: "Cannot write the file: \(error.localizedDescription)")
        }
    }

    /// Streams the copy from the file system (a disk file system never holds it in memory).
    func copy(path: String, from fileSystem: any SiteFileSystem, source: String)
        throws(BuildFailure)
    {
        let url = try destination(of: path)
        do {
            try fileSystem.copy(source, to: url)
        } catch {
            throw BuildFailure(path: source, message: error.message)
        }
    }

    /// Where `path` goes in the staging folder, its folder made; refuses paths that leave it.
    private func destination(of path: String) throws(BuildFailure) -> URL {
        let components = path.split(separator: "/")
        guard !components.isEmpty, !components.contains(where: { $0 == ".." || $0 == "." }),
            !path.hasPrefix("/")
        else {
            throw BuildFailure(path: path, message: "Refusing to write outside the output folder")
        }
        let url = staging.appending(path: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw BuildFailure(
                path: path, message: "Cannot write the file: \(error.localizedDescription)")
        }
        return url
    }

    /// Replaces the output with the staging folder.
    func commit() throws(BuildFailure) {
        let manager = FileManager.default
        let old = output.deletingLastPathComponent().appending(
            path: ".\(output.lastPathComponent).old")
        do {
            if manager.fileExists(atPath: old.path) { try manager.removeItem(at: old) }
            let hadOutput = manager.fileExists(atPath: output.path)
            if hadOutput { try manager.moveItem(at: output, to: old) }
            do {
                try manager.moveItem(at: staging, to: output)
            } catch {
                if hadOutput { try? manager.moveItem(at: old, to: output) }
                throw error
            }
            if hadOutput { try manager.removeItem(at: old) }
        } catch {
            throw BuildFailure(
                path: output.path,
                message: "Cannot replace the output folder: \(error.localizedDescription)")
        }
    }

    /// Removes the staging folder; the output stays as it was.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}

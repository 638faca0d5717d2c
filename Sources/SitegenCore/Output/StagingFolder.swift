import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A folder beside the output where a build is written, swapped in only when it succeeded.
///
/// A failed build discards the staging folder and leaves the previous output as it was;
/// a successful one replaces the output whole, so removed pages disappear.
struct StagingFolder: SiteOutput {
    /// The folder the site finally lands in.
    let output: URL
    /// The folder the build writes to: `.<output name>.staging` beside the output.
    let staging: URL
    /// `staging`'s file-system path with a `/` after it, which paths below it extend.
    private let stagingPrefix: String

    /// Creates an empty staging folder beside `output`.
    init(output: URL) throws(BuildFailure) {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        staging = Self.sibling(of: self.output, suffix: "staging")
        stagingPrefix = staging.path + "/"
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
    ///
    /// The file is written with `open` and `write` and its folder made only when opening
    /// finds it missing: a large site writes tens of thousands of files, and Foundation's
    /// `Data.write` and `createDirectory` cost several system calls more for each. The path
    /// is joined as a string: a `URL` for each file costs more than writing a small one.
    func write(path: String, bytes: [UInt8]) throws(BuildFailure) {
        let full = try checked(path)
        var failure = Self.writeFile(full, bytes)
        if failure == ENOENT {
            try makeFolder(of: URL(fileURLWithPath: full), for: path)
            failure = Self.writeFile(full, bytes)
        }
        guard failure == 0 else {
            throw BuildFailure(
                path: path, message: "Cannot write the file: \(String(cString: strerror(failure)))")
        }
    }

    /// Streams the copy from the file system (a disk file system never holds it in memory).
    func copy(path: String, from fileSystem: any SiteFileSystem, source: String)
        throws(BuildFailure)
    {
        let url = URL(fileURLWithPath: try checked(path))
        try makeFolder(of: url, for: path)
        do {
            try fileSystem.copy(source, to: url)
        } catch {
            throw BuildFailure(path: source, message: error.message)
        }
    }

    /// The file-system path `path` goes to in the staging folder; refuses paths that leave
    /// it (absolute, empty, or with a `.` or `..` part).
    private func checked(_ path: String) throws(BuildFailure) -> String {
        guard Self.isInside(path) else {
            throw BuildFailure(path: path, message: "Refusing to write outside the output folder")
        }
        return stagingPrefix + path
    }

    /// Whether the relative `path` names something inside its folder: not absolute, and
    /// with at least one part, none of them `.` or `..` (empty parts, as in `a//b`, are
    /// allowed, as the file system reads them as one `/`).
    static func isInside(_ path: String) -> Bool {
        var utf8 = path.utf8.makeIterator()
        var part = 0
        var dots = 0
        var parts = 0
        func endPart() -> Bool {
            defer {
                part = 0
                dots = 0
            }
            if part > 0 { parts += 1 }
            return part == 0 || dots < part || part > 2
        }
        var first = true
        while let byte = utf8.next() {
            if byte == UInt8(ascii: "/") {
                if first { return false }
                guard endPart() else { return false }
            } else {
                part += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
            first = false
        }
        return endPart() && parts > 0
    }

    /// Makes the folder `url` (the place of `path`) goes in, and the folders above it.
    private func makeFolder(of url: URL, for path: String) throws(BuildFailure) {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw BuildFailure(
                path: path, message: "Cannot write the file: \(error.localizedDescription)")
        }
    }

    /// Writes `bytes` to the file at `path`, created or emptied first; returns 0, or the `errno`
    /// that stopped it.
    private static func writeFile(_ path: String, _ bytes: [UInt8]) -> Int32 {
        path.withCString { name -> Int32 in
            let file = open(name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard file >= 0 else { return errno }
            var failure: Int32 = 0
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count, let base = buffer.baseAddress {
                    let count = Glibc.write(file, base + offset, buffer.count - offset)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += count
                }
            }
            if close(file) != 0, failure == 0 { failure = errno }
            return failure
        }
    }

    /// Replaces the output with the staging folder, so that a complete output exists at
    /// every moment.
    ///
    /// The two folders are exchanged in one step; the old output, now under the staging
    /// name, is renamed to `.<output name>.old` and removed. A build killed at any point
    /// leaves either the previous output or the new one in place. Only a file system that
    /// cannot exchange (the output is then replaced by two renames) has an instant without.
    func commit() throws(BuildFailure) {
        let manager = FileManager.default
        let old = Self.sibling(of: output, suffix: "old")
        do {
            if manager.fileExists(atPath: old.path) { try manager.removeItem(at: old) }
            guard manager.fileExists(atPath: output.path) else {
                try manager.moveItem(at: staging, to: output)
                return
            }
            if FolderExchange.exchange(staging, output) {
                // The new site is in place; clearing the old one away cannot fail the build
                // (a leftover is removed by the next one).
                if (try? manager.moveItem(at: staging, to: old)) != nil {
                    try? manager.removeItem(at: old)
                }
                return
            }
            try manager.moveItem(at: output, to: old)
            do {
                try manager.moveItem(at: staging, to: output)
            } catch {
                try? manager.moveItem(at: old, to: output)
                throw error
            }
            try manager.removeItem(at: old)
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

    /// Removes what an interrupted build left beside `output` (a build that was killed or
    /// trapped cannot clean up after itself) and says so; `nil` when there was nothing.
    static func removeLeftovers(beside output: URL) -> Diagnostic? {
        let output = output.standardizedFileURL
        let staging = sibling(of: output, suffix: "staging")
        try? FileManager.default.removeItem(at: sibling(of: output, suffix: "old"))
        guard FileManager.default.fileExists(atPath: staging.path) else { return nil }
        try? FileManager.default.removeItem(at: staging)
        return Diagnostic(
            .warning, path: staging.path,
            message: """
                An earlier build stopped before it finished and left this folder behind; \
                it has been removed. \(output.lastPathComponent)/ still holds the last \
                complete build.
                """)
    }

    /// `.<output name>.<suffix>` beside `output`.
    private static func sibling(of output: URL, suffix: String) -> URL {
        output.deletingLastPathComponent().appending(
            path: ".\(output.lastPathComponent).\(suffix)")
    }
}

public import Foundation
public import SitegenCore

/// A tiny site written inline as `-- path --` sections, built into a temporary folder.
///
/// ```
/// -- content/site.yaml --
/// title: Test
/// base_url: https://example.org/
/// -- content/analyses/a.md --
/// ---
/// title: A
/// ...
/// ```
/// The repository's theme (`templates/`) is copied in unless the fixture brings its own.
public struct SiteFixture: Sendable {
    /// The files, path to contents, in the order written.
    var files: [(path: String, contents: String)]

    /// Parses the `-- path --` format.
    public init(_ text: String) {
        var files: [(path: String, contents: String)] = []
        var current: String?
        var lines: [Substring] = []
        func flush() {
            if let current { files.append((current, lines.joined(separator: "\n") + "\n")) }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                flush()
                current = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        flush()
        self.files = files
    }

    /// Writes the site into `folder`, with the repository theme when the fixture has none.
    public func write(into folder: URL, includeTheme: Bool = true) throws {
        for (path, contents) in files {
            let url = folder.appending(path: path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
        let hasTheme = files.contains { $0.path.hasPrefix("templates/") }
        if includeTheme, !hasTheme {
            try FileManager.default.copyItem(
                at: Repository.root.appending(path: "templates"),
                to: folder.appending(path: "templates"))
        }
    }
}

extension SiteFixture {
    /// The site as an in-memory file system, with the repository theme when the fixture has
    /// none: a build needs no temporary folder.
    public func fileSystem(includeTheme: Bool = true) throws -> MemoryFileSystem {
        var files: [String: [UInt8]] = [:]
        for (path, contents) in self.files { files[path] = Array(contents.utf8) }
        if includeTheme, !files.keys.contains(where: { $0.hasPrefix("templates/") }) {
            for (path, bytes) in try FolderSnapshot(
                of: Repository.root.appending(path: "templates")
            ).files {
                files["templates/" + path] = bytes
            }
        }
        return MemoryFileSystem(files: files)
    }
}

extension MemoryFileSystem {
    /// The repository's example site (`content/` and `templates/`) as an in-memory file system.
    public static func exampleSite() throws -> MemoryFileSystem {
        var files: [String: [UInt8]] = [:]
        for folder in ["content", "templates"] {
            for (path, bytes) in try FolderSnapshot(of: Repository.root.appending(path: folder))
                .files
            {
                files[folder + "/" + path] = bytes
            }
        }
        return MemoryFileSystem(files: files)
    }
}

/// Where the repository is, found from this source file's path.
public enum Repository {
    /// The repository root (the folder holding `Package.swift`).
    public static var root: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // SitegenTestSupport
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()
    }
}

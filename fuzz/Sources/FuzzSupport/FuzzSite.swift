import Foundation
import SitegenCore

/// A small site built around one fuzzed file: the repository's theme, site settings and
/// data, and one page, all in memory, checked (loaded, validated and rendered) without
/// writing anything.
public enum FuzzSite {
    /// The repository root, found from this file's path (`fuzz/Sources/FuzzSupport/`).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The site without the fuzzed file: `content/site.yaml`, `content/data/`, one page and
    /// `templates/`.
    static let base: [String: [UInt8]] = {
        var files: [String: [UInt8]] = [:]
        for folder in ["content/data", "templates"] {
            let root = repository.appending(path: folder)
            let enumerator = FileManager.default.enumerator(atPath: root.path)
            while let entry = enumerator?.nextObject() as? String {
                if let data = FileManager.default.contents(atPath: root.appending(path: entry).path)
                {
                    files[folder + "/" + entry] = Array(data)
                }
            }
        }
        for file in ["content/site.yaml", "content/pages/about.md"] {
            files[file] = FileManager.default.contents(
                atPath: repository.appending(path: file).path
            ).map(Array.init)
        }
        return files
    }()

    /// Checks the site with `bytes` as the file at `path` (replacing the base's, if any).
    public static func check(_ bytes: [UInt8], at path: String) {
        var files = base
        files[path] = bytes
        let builder = SiteBuilder(
            options: BuildOptions(root: "/fuzz"), fileSystem: MemoryFileSystem(files: files))
        let done = DispatchSemaphore(value: 0)
        Task {
            _ = try? await builder.check()
            done.signal()
        }
        done.wait()
    }
}

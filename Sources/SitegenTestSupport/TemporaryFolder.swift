// SitegenTestSupport holds helpers shared by the test targets: temporary folders, inline site
// fixtures, folder snapshots and golden files. Tests only; never a product.
public import Foundation

/// A fresh, uniquely named folder under the system's temporary folder, for one test.
///
/// Each test gets its own, so tests can run in parallel. Call ``remove()`` when done.
public struct TemporaryFolder: Sendable {
    /// The folder's URL.
    public let url: URL

    /// Creates an empty folder whose name starts with `prefix`.
    public init(prefix: String = "sitegen-test") throws {
        let name = "\(prefix)-\(UUID().uuidString)"
        url = FileManager.default.temporaryDirectory.appending(path: name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The folder's path.
    public var path: String { url.path }

    /// Deletes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// A fresh folder holding a copy of the repository's example site (`content/` and
    /// `templates/`), below `subfolder` when one is given.
    public static func exampleSite(in subfolder: String? = nil) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let root = subfolder.map { folder.url.appending(path: $0) } ?? folder.url
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for name in ["content", "templates"] {
            try FileManager.default.copyItem(
                at: Repository.root.appending(path: name), to: root.appending(path: name))
        }
        return folder
    }
}

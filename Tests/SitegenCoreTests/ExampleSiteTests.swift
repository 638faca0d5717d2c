import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// The example site in this repository's `content/` must always build cleanly.
@Suite("Example site")
struct ExampleSiteTests {
    @Test("The example site builds with no error and no warning")
    func buildsCleanly() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["content", "templates"] {
            try FileManager.default.copyItem(
                at: Repository.root.appending(path: name), to: folder.url.appending(path: name))
        }
        let report = try await SiteBuilder(options: BuildOptions(root: folder.path, strict: true))
            .build()
        #expect(report.warnings.isEmpty)
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        #expect(output.files["analyses/amazon-anthropic-2026/index.html"] != nil)
        #expect(output.files["methodology/index.html"] != nil)
    }

    /// Every file of the example site's build equals the reviewed copy in
    /// `Snapshots/example-site/`: a refactor proves it changed no byte, and an intended change
    /// shows up as a diff of that folder (re-record with `SITEGEN_RECORD=1`).
    @Test("Every file of the example site's build equals the golden copy")
    func matchesGoldenSite() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["content", "templates"] {
            try FileManager.default.copyItem(
                at: Repository.root.appending(path: name), to: folder.url.appending(path: name))
        }
        _ = try await SiteBuilder(options: BuildOptions(root: folder.path, strict: true)).build()
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        GoldenFolder.assertMatches(output, named: "example-site")
    }
}

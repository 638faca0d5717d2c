import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// The example site in this repository's `content/` must always build cleanly.
@Suite("Example site")
struct ExampleSiteTests {
    @Test("The example site builds with no error and no warning")
    func buildsCleanly() async throws {
        let folder = try TemporaryFolder.exampleSite()
        defer { folder.remove() }
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
        let folder = try TemporaryFolder.exampleSite()
        defer { folder.remove() }
        _ = try await SiteBuilder(options: BuildOptions(root: folder.path, strict: true)).build()
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        GoldenFolder.assertMatches(output, named: "example-site")
    }

    @Test("A feed entry carries each chart once, where its page has a wide and a narrow SVG")
    func feedChartsOnce() async throws {
        let folder = try TemporaryFolder.exampleSite()
        defer { folder.remove() }
        _ = try await SiteBuilder(options: BuildOptions(root: folder.path)).build()
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        let page = try #require(output.text("analyses/amazon-anthropic-2026/index.html"))
        let pageFigures = page.components(separatedBy: "<figure class=\"sg-figure").count - 1
        #expect(pageFigures == 3)
        #expect(page.components(separatedBy: "<svg ").count - 1 == 2 * pageFigures)
        let feed = try #require(output.text("feed.xml"))
        let feedFigures = feed.components(separatedBy: "&lt;figure class=&quot;sg-figure").count - 1
        #expect(feedFigures >= pageFigures)
        #expect(feed.components(separatedBy: "&lt;svg ").count - 1 == feedFigures)
        #expect(!feed.contains("sg-narrow"))
    }

    @Test("figures.json lists every figure once, with the pages that quote it")
    func figuresManifest() async throws {
        let folder = try TemporaryFolder.exampleSite()
        defer { folder.remove() }
        _ = try await SiteBuilder(options: BuildOptions(root: folder.path)).build()
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        let manifest = try FiguresManifest(json: try #require(output.files["figures.json"]))
        #expect(manifest.format == 1)
        let ids = manifest.figures.map(\.id)
        #expect(ids == ids.sorted() && Set(ids).count == ids.count)
        let investment = try #require(
            manifest.figures.first { $0.id == "deals.amazon-anthropic-2026.investment" })
        #expect(investment.value == "..25000000000")
        #expect(investment.qualifier == "up-to")
        #expect(investment.text == "up to $25B")
        #expect(investment.unit == "USD")
        #expect(investment.formula == "reported")
        #expect(
            investment.sources == [
                "anthropic-2026-amazon-compute", "startupfortune-2026-amazon-anthropic",
            ])
        #expect(
            investment.pages == [
                "/analyses/amazon-anthropic-2026/", "/deals/amazon-anthropic-2026/",
                "/methodology/",
            ])
        // Every page that quotes a figure links to it from its notes, and is listed.
        for page in manifest.pages {
            let path = page.path == "/" ? "index.html" : String(page.path.dropFirst())
            let file = path.hasSuffix("/") ? path + "index.html" : path
            let html = try #require(output.text(file), "\(file)")
            let quoted = manifest.figures.filter { $0.pages.contains(page.path) }
            for figure in quoted {
                #expect(
                    html.contains("<code class=\"fig-name\">\(figure.id)</code>"),
                    "\(file): \(figure.id)")
            }
        }
        #expect(manifest.pages.count == 42)
    }
}

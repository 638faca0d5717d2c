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

    @Test(
        "figures.json lists every figure once, with the pages that show it in text, tables and charts"
    )
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
        // $5B at signing and up to $25B in all: a range, one machine value for it.
        #expect(investment.value == "5000000000..25000000000")
        #expect(investment.qualifier == "between")
        #expect(investment.text == "$5B to $25B")
        #expect(investment.unit == "USD")
        #expect(investment.formula == "reported")
        #expect(
            investment.sources == [
                "anthropic-2026-amazon-compute", "axios-2026-anthropic-amazon",
                "startupfortune-2026-amazon-anthropic",
            ])
        #expect(
            investment.pages == [
                "/", "/analyses/amazon-anthropic-2026/", "/analyses/single-cloud-alliances/",
                "/chart-gallery/", "/companies/amazon/", "/companies/anthropic/", "/deals/",
                "/deals/amazon-anthropic-2026/", "/methodology/",
            ])
        // Every page a figure is listed on exists. A page of tables carries each figure it
        // is listed for as the figure's own machine value, and lists every figure cell.
        let paths = Set(manifest.pages.map(\.path))
        #expect(manifest.figures.allSatisfy { $0.pages.allSatisfy(paths.contains) })
        let companies = try #require(output.text("companies/index.html"))
        let listed = manifest.figures.filter { $0.pages.contains("/companies/") }
        #expect(listed.count == 20, "\(listed.map(\.id))")
        for figure in listed {
            #expect(companies.contains("<data value=\"\(figure.value)\">"), "\(figure.id)")
        }
        let totals: Set<String> = [
            "invested", "received", "committed", "commitments_received", "deal_count",
        ]
        let companyTotals = manifest.figures.map(\.id).filter { id in
            let parts = id.split(separator: ".")
            return parts.count == 3 && parts[0] == "companies" && totals.contains(String(parts[2]))
        }
        #expect(Set(listed.map(\.id)) == Set(companyTotals))
        #expect(manifest.pages.count == 45)
    }

    @Test(
        "'Data as of' shows on the home page, the deals index and each deal page, and nowhere else")
    func dataAsOf() async throws {
        let folder = try TemporaryFolder.exampleSite()
        defer { folder.remove() }
        _ = try await SiteBuilder(options: BuildOptions(root: folder.path)).build()
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        let line =
            "<p class=\"as-of\">Data as of <time datetime=\"2026-04-24\">24 April 2026</time>.</p>"
        for path in ["index.html", "deals/index.html", "deals/amazon-anthropic-2026/index.html"] {
            #expect(try #require(output.text(path)).contains(line), "\(path)")
        }
        #expect(try #require(output.text("methodology/index.html")).contains(line) == false)
        // The methodology's list of formulas is the metric registry itself.
        let methodology = try #require(output.text("methodology/index.html"))
        #expect(methodology.contains("<td>deals.&lt;id&gt;.investment_contingent</td>"))
        #expect(methodology.contains("<td>investment − firm part</td>"))
    }
}

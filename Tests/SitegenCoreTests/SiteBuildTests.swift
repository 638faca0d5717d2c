import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

@Suite("Site builds")
struct SiteBuildTests {
    @Test("A minimal site builds every page, feed, sitemap and asset, and nothing else")
    func minimalSiteFiles() async throws {
        let (result, folder) = try await buildFixture(minimalSite)
        defer { folder.remove() }
        let report = try result.get()
        #expect(report.warnings.isEmpty)
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        let css = try #require(output.paths.first { $0.hasPrefix("assets/site.") })
        #expect(css.wholeMatch(of: /assets\/site\.[0-9a-f]{10}\.css/) != nil)
        #expect(
            output.paths
                == [
                    ".sitegen-output", "404.html", "about/index.html",
                    "analyses/first-look/index.html",
                    "analyses/index.html", css, "feed.xml", "figures.json", "index.html",
                    "robots.txt",
                    "sitemap.xml",
                    "tags/ai-compute/index.html", "tags/cloud/index.html", "tags/index.html",
                ].sorted())
    }

    @Test("An analysis page escapes its values, links relatively and omits raw HTML")
    func analysisPage() async throws {
        let (result, folder) = try await buildFixture(minimalSite)
        defer { folder.remove() }
        _ = try result.get()
        let page = try #require(
            FolderSnapshot(of: folder.url.appending(path: "output")).text(
                "analyses/first-look/index.html"))
        #expect(page.contains("<title>A first look · Test &amp; Co</title>"))
        #expect(page.contains("<time datetime=\"2026-04-13\">13 April 2026</time>"))
        #expect(
            page.contains("<a class=\"tag\" href=\"../../tags/ai-compute/\">AI &amp; compute</a>"))
        #expect(page.contains("<h2 id=\"why-it-matters\">"))
        #expect(page.contains("<!-- raw HTML omitted -->"))
        #expect(!page.contains("<script>"))
        #expect(page.contains("href=\"../../assets/site."))
        #expect(
            page.contains(
                "<link rel=\"canonical\" href=\"https://example.org/reports/analyses/first-look/\">"
            ))
    }

    @Test("Raw HTML passes through when site.yaml allows it")
    func rawHTMLAllowed() async throws {
        let fixture = minimalSite.replacingOccurrences(
            of: "base_url: https://example.org/reports/",
            with: "base_url: https://example.org/reports/\nraw_html: true")
        let (result, folder) = try await buildFixture(fixture)
        defer { folder.remove() }
        _ = try result.get()
        let page = try #require(
            FolderSnapshot(of: folder.url.appending(path: "output")).text(
                "analyses/first-look/index.html"))
        #expect(page.contains("<script>alert(1)</script>"))
    }

    @Test("404 inlines its styles and links absolutely, since hosts serve it at any depth")
    func notFoundPage() async throws {
        let (result, folder) = try await buildFixture(minimalSite)
        defer { folder.remove() }
        _ = try result.get()
        let page = try #require(
            FolderSnapshot(of: folder.url.appending(path: "output")).text("404.html"))
        #expect(page.contains("<style>/* sitegen default theme"))
        #expect(!page.contains("rel=\"stylesheet\""))
        #expect(page.contains("<a href=\"https://example.org/reports/\">Go to the home page</a>"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
    }

    @Test("The feed and sitemap use absolute URLs from --base-url and keep date precision")
    func feedAndSitemap() async throws {
        let (result, folder) = try await buildFixture(minimalSite) {
            BuildOptions(root: $0, baseURL: "https://mirror.example.com/x")
        }
        defer { folder.remove() }
        _ = try result.get()
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        let feed = try #require(output.text("feed.xml"))
        #expect(feed.contains("<id>https://mirror.example.com/x/analyses/first-look/</id>"))
        #expect(feed.contains("<published>2026-04-13T00:00:00Z</published>"))
        let sitemap = try #require(output.text("sitemap.xml"))
        #expect(
            sitemap.contains(
                "<url><loc>https://mirror.example.com/x/analyses/first-look/</loc><lastmod>2026-04-13</lastmod></url>"
            ))
        #expect(
            try #require(output.text("robots.txt")).contains(
                "Sitemap: https://mirror.example.com/x/sitemap.xml"))
    }

    @Test("Drafts are left out unless asked for")
    func drafts() async throws {
        let fixture =
            minimalSite + """

                -- content/analyses/draft.md --
                ---
                title: Not yet
                date: 2026
                summary: Unfinished.
                draft: true
                ---
                Soon.
                """
        let (without, first) = try await buildFixture(fixture)
        defer { first.remove() }
        _ = try without.get()
        #expect(
            try FolderSnapshot(of: first.url.appending(path: "output")).files[
                "analyses/draft/index.html"] == nil)
        let (with, second) = try await buildFixture(fixture) {
            BuildOptions(root: $0, includeDrafts: true)
        }
        defer { second.remove() }
        _ = try with.get()
        #expect(
            try FolderSnapshot(of: second.url.appending(path: "output")).files[
                "analyses/draft/index.html"] != nil)
    }
}

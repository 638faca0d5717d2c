import Foundation
import SitegenCore
import SitegenTestSupport
import Synchronization
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
        let script = try #require(output.paths.first { $0.hasPrefix("assets/search.") })
        #expect(
            output.paths
                == [
                    ".sitegen-output", "404.html", "about/index.html",
                    "analyses/first-look/index.html",
                    "analyses/index.html", css, script, "feed.xml", "figures.json", "index.html",
                    "robots.txt", "search/doc/0.json", "search/doc/1.json", "search/index.html",
                    "search/index/0.json", "search/meta.json", "sitemap.xml",
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

    @Test("A build tells its progress after each batch of pages, ending with all of them")
    func progress() async throws {
        var fixture = minimalSite
        for index in 0..<300 {
            fixture +=
                "\n-- content/analyses/a\(index).md --\n"
                + "---\ntitle: A\(index)\ndate: 2026\nsummary: S\n---\nText.\n"
        }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(fixture).write(into: folder.url)
        let calls = Mutex<[(Int, Int)]>([])
        var builder = SiteBuilder(options: BuildOptions(root: folder.path))
        builder.progress = { rendered, total in calls.withLock { $0.append((rendered, total)) } }
        let report = try await builder.build()
        let seen = calls.withLock { $0 }
        #expect(seen.count >= 2, "one call per batch of about 256 pages")
        #expect(seen.allSatisfy { $0.1 == report.pageCount })
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.0 < $1.0 })
        #expect(seen.last?.0 == report.pageCount)
    }

    @Test("Drafts are left out unless asked for")
    func drafts() async throws {
        let fixture =
            minimalSite + """

                -- content/analyses/draft.md --
                ---
                title: Not yet
                date: 2026-05
                summary: Unfinished.
                draft: true
                ---
                Soon.
                """
        let (without, first) = try await buildFixture(fixture)
        defer { first.remove() }
        _ = try without.get()
        let published = try FolderSnapshot(of: first.url.appending(path: "output"))
        #expect(published.files["analyses/draft/index.html"] == nil)
        #expect(try #require(published.text("figures.json")).contains("/analyses/draft/") == false)
        let (with, second) = try await buildFixture(fixture) {
            BuildOptions(root: $0, includeDrafts: true)
        }
        defer { second.remove() }
        _ = try with.get()
        let preview = try FolderSnapshot(of: second.url.appending(path: "output"))
        // The draft is built, with a banner saying so, but never published in the feed or
        // the sitemap; the other analysis has no banner.
        let draft = try #require(preview.text("analyses/draft/index.html"))
        #expect(draft.contains("<p class=\"draft-banner\" role=\"note\"><strong>Draft.</strong>"))
        #expect(preview.text("analyses/first-look/index.html")?.contains("draft-banner") == false)
        let feed = try #require(preview.text("feed.xml"))
        #expect(!feed.contains("Not yet") && feed.contains("A first look"))
        #expect(preview.text("feed.xml") == published.text("feed.xml"))
        let sitemap = try #require(preview.text("sitemap.xml"))
        #expect(!sitemap.contains("analyses/draft/"))
        #expect(preview.text("sitemap.xml") == published.text("sitemap.xml"))
    }

    @Test("feed_limit sets how many of the newest analyses the feed carries")
    func feedLimit() async throws {
        var fixture = minimalSite.replacingOccurrences(
            of: "base_url: https://example.org/reports/",
            with: "base_url: https://example.org/reports/\nfeed_limit: 2")
        for month in 5...7 {
            fixture += """

                -- content/analyses/m\(month).md --
                ---
                title: Month \(month)
                date: 2026-0\(month)
                summary: S.
                ---
                Text.
                """
        }
        let (result, folder) = try await buildFixture(fixture)
        defer { folder.remove() }
        _ = try result.get()
        let feed = try #require(
            try FolderSnapshot(of: folder.url.appending(path: "output")).text("feed.xml"))
        #expect(feed.components(separatedBy: "<entry>").count - 1 == 2)
        #expect(feed.contains("Month 7") && feed.contains("Month 6") && !feed.contains("Month 5"))

        let (bad, second) = try await buildFixture(
            minimalSite.replacingOccurrences(
                of: "title: Test & Co", with: "title: Test & Co\nfeed_limit: 0"))
        defer { second.remove() }
        #expect(
            messages(bad) == [
                "content/site.yaml:2:13: error: 'feed_limit' must be a whole number from 1 to 10000, the number of analyses the feed carries\nfeed_limit: 0\n            ^"
            ])
    }
}

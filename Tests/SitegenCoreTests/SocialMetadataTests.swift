import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// Bylines from front matter, and the Open Graph and Twitter card metadata of every page.
@Suite("Bylines and social cards")
struct SocialMetadataTests {
    /// The minimal site with a site author and a second analysis by two named authors.
    private let fixture =
        minimalSite.replacingOccurrences(
            of: "title: Test & Co", with: "title: Test & Co\nauthor: The Desk\nlanguage: en-GB")
            + """

            -- content/analyses/by-two.md --
            ---
            title: By two
            date: 2026-05
            summary: Two writers.
            authors: [Ada Byron, "Grace <Hopper>"]
            ---
            Text.
            """

    @Test("An analysis's authors are its byline, its author meta and its feed entry's authors")
    func authorsInBylineMetaAndFeed() async throws {
        let (result, folder) = try await buildFixture(fixture)
        defer { folder.remove() }
        _ = try result.get()
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        let named = try #require(output.text("analyses/by-two/index.html"))
        #expect(named.contains(" · By Ada Byron and Grace &lt;Hopper&gt;</p>"))
        #expect(
            named.contains(#"<meta name="author" content="Ada Byron and Grace &lt;Hopper&gt;">"#))
        let fallback = try #require(output.text("analyses/first-look/index.html"))
        #expect(fallback.contains(" · By The Desk</p>"))
        #expect(fallback.contains(#"<meta name="author" content="The Desk">"#))
        let feed = try #require(output.text("feed.xml"))
        let entry = try #require(
            feed.components(separatedBy: "<entry>").first { $0.contains("By two") })
        #expect(
            entry.contains(
                "<author><name>Ada Byron</name></author>\n<author><name>Grace &lt;Hopper&gt;</name></author>"
            ))
        let other = try #require(
            feed.components(separatedBy: "<entry>").first { $0.contains("A first look") })
        #expect(!other.contains("<author>"), "an entry without authors inherits the feed's")
        let about = try #require(output.text("about/index.html"))
        #expect(!about.contains(#"name="author""#), "only articles name their authors")
    }

    @Test("A site without an author and an analysis without authors have no byline name")
    func noAuthorNoByline() async throws {
        let (result, folder) = try await buildFixture(minimalSite)
        defer { folder.remove() }
        _ = try result.get()
        let page = try #require(
            try FolderSnapshot(of: folder.url.appending(path: "output")).text(
                "analyses/first-look/index.html"))
        #expect(!page.contains(" · By "))
        #expect(!page.contains(#"name="author""#))
    }

    @Test("Every page has Open Graph and Twitter card values, with the page's own title")
    func cardsOnEveryPage() async throws {
        let (result, folder) = try await buildFixture(fixture)
        defer { folder.remove() }
        _ = try result.get()
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        let pages = output.files.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 6)
        for path in pages {
            let html = try #require(output.text(path))
            for property in [
                #"<meta property="og:site_name" content="Test &amp; Co">"#,
                #"<meta property="og:locale" content="en_GB">"#,
                #"<meta name="twitter:card" content="summary">"#, #"property="og:title""#,
                #"name="twitter:title""#, #"name="twitter:description""#,
            ] {
                #expect(html.contains(property), "\(path) lacks \(property)")
            }
            #expect(!html.contains("og:image"), "\(path): no image was configured")
        }
        let article = try #require(output.text("analyses/first-look/index.html"))
        #expect(article.contains(#"<meta property="og:title" content="A first look">"#))
        #expect(article.contains(#"<meta name="twitter:title" content="A first look">"#))
        #expect(article.contains(#"<meta property="og:type" content="article">"#))
        #expect(article.contains(#"<meta property="article:published_time" content="2026-04-13">"#))
        let monthOnly = try #require(output.text("analyses/by-two/index.html"))
        #expect(
            !monthOnly.contains("article:published_time"),
            "Open Graph datetimes have no month-only form")
        let home = try #require(output.text("index.html"))
        #expect(home.contains(#"<meta property="og:title" content="Test &amp; Co">"#))
        #expect(home.contains(#"<meta property="og:url" content="https://example.org/reports/">"#))
    }

    @Test("site.yaml's image is every card's picture, at its absolute URL with its alt text")
    func cardImage() async throws {
        let site =
            fixture.replacingOccurrences(
                of: "author: The Desk",
                with: "author: The Desk\nimage: img/card.png\nimage_alt: A bar chart of deals")
            + "\n-- content/static/img/card.png --\nPNG\n"
        let (result, folder) = try await buildFixture(site)
        defer { folder.remove() }
        #expect(messages(result) == [])
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        for path in ["index.html", "analyses/by-two/index.html", "about/index.html", "404.html"] {
            let html = try #require(output.text(path))
            let url = "https://example.org/reports/img/card.png"
            #expect(html.contains(#"<meta property="og:image" content="\#(url)">"#))
            #expect(html.contains(#"<meta name="twitter:image" content="\#(url)">"#))
            #expect(html.contains(#"<meta name="twitter:card" content="summary_large_image">"#))
            #expect(
                html.contains(#"<meta property="og:image:alt" content="A bar chart of deals">"#))
        }

        let absolute = fixture.replacingOccurrences(
            of: "author: The Desk", with: "author: The Desk\nimage: https://cdn.example.com/c.png")
        let (second, other) = try await buildFixture(absolute)
        defer { other.remove() }
        #expect(
            messages(second) == [
                "content/site.yaml:3:8: warning: The card image has no 'image_alt'; describe what it shows for readers who cannot see it\nimage: https://cdn.example.com/c.png\n       ^"
            ])
        let home = try #require(
            try FolderSnapshot(of: other.url.appending(path: "output")).text("index.html"))
        #expect(
            home.contains(#"<meta property="og:image" content="https://cdn.example.com/c.png">"#))
        #expect(!home.contains("og:image:alt"))
    }

    @Test("A card image that is not in content/static, or an author with no name, is an error")
    func badImageAndAuthor() async throws {
        let missing = fixture.replacingOccurrences(
            of: "author: The Desk", with: "author: The Desk\nimage: img/card.png\nimage_alt: A")
        let (result, folder) = try await buildFixture(missing)
        defer { folder.remove() }
        #expect(
            messages(result) == [
                "content/site.yaml:3:8: error: 'image' names 'img/card.png', which is no file of content/static; put the picture at content/static/img/card.png, or give its absolute https URL\nimage: img/card.png\n       ^"
            ])
        #expect(!FileManager.default.fileExists(atPath: folder.url.appending(path: "output").path))

        let blank = fixture.replacingOccurrences(
            of: #"authors: [Ada Byron, "Grace <Hopper>"]"#, with: #"authors: [Ada Byron, " "]"#)
        let (second, other) = try await buildFixture(blank)
        defer { other.remove() }
        #expect(
            messages(second) == [
                #"content/analyses/by-two.md:5:22: error: An author's name is empty; write the name, or remove the entry to credit the site's author\#nauthors: [Ada Byron, " "]\#n                     ^"#
            ])
    }
}

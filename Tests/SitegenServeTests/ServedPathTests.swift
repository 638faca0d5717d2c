import SitegenCore
import SitegenServe
import Testing

/// How request paths map onto a site's files, and how pages get the live-reload script.
@Suite("Served paths and the live-reload script")
struct ServedPathTests {
    private let files: Set<String> = [
        "index.html", "analyses/index.html", "analyses/x/index.html", "feed.xml",
        "assets/site.0123456789.css", "data/deals.csv", "a b/index.html",
    ]

    private func resolve(_ path: String) -> ServedPath {
        ServedPath.resolve(path, exists: files.contains)
    }

    @Test("Folders serve their index, files themselves, and folders without a slash redirect")
    func resolves() {
        #expect(resolve("/") == .file("index.html"))
        #expect(resolve("/analyses/") == .file("analyses/index.html"))
        #expect(resolve("/analyses/x/") == .file("analyses/x/index.html"))
        #expect(resolve("/feed.xml") == .file("feed.xml"))
        #expect(resolve("/a%20b/") == .file("a b/index.html"))
        #expect(resolve("/analyses/x") == .redirect("/analyses/x/"))
        #expect(resolve("/analyses/y/") == .notFound)
        #expect(resolve("/feed.xml/") == .notFound)
        #expect(resolve("/_sitegen/live.js") == .notFound)
    }

    @Test("Traversal, encoded separators, control characters and bad encodings are refused")
    func refuses() {
        for path in [
            "/..", "/../index.html", "/analyses/../index.html", "/%2e%2e/index.html",
            "/%2E%2e/", "/.%2e/", "/analyses%2Fx/", "/analyses%2fx%2findex.html",
            "/analyses\\x/", "/analyses%5cx/", "/index.html%00", "/index.html\u{0}",
            "/a%0Ab/", "/./index.html", "//index.html", "/analyses//x/", "/%", "/%zz",
            "index.html", "http://example.org/",
        ] {
            #expect(resolve(path) == .refused, "\(path)")
        }
    }

    @Test("URL paths of site files")
    func urlPaths() {
        #expect(ServedPath.urlPath(of: "index.html") == "/")
        #expect(ServedPath.urlPath(of: "analyses/x/index.html") == "/analyses/x/")
        #expect(ServedPath.urlPath(of: "404.html") == "/404.html")
        #expect(ServedPath.urlPath(of: "feed.xml") == "/feed.xml")
    }

    @Test("The script goes just before the last </body>, with the page and build escaped")
    func injects() {
        let html = Array("<html><body><p>&lt;/body&gt; and </body>\n</html>\n".utf8)
        let injected = String(
            decoding: LiveReload.inject(into: html, page: "/a\"b/", build: "x.1"), as: UTF8.self)
        #expect(injected.hasPrefix("<html><body><p>&lt;/body&gt; and <script data-sitegen-live"))
        #expect(injected.contains(#"data-page="/a&quot;b/" data-build="x.1">"#))
        #expect(injected.hasSuffix("</script></body>\n</html>\n"))
        #expect(injected.components(separatedBy: "<script").count == 2)
        let bare = String(
            decoding: LiveReload.inject(into: Array("<p>no body".utf8), page: "/", build: "b"),
            as: UTF8.self)
        #expect(bare.hasPrefix("<p>no body<script data-sitegen-live"))
    }

    @Test("A failure's message carries each diagnostic's file, line, column and text as JSON")
    func failureMessage() throws {
        let failure = BuildFailure(diagnostics: [
            Diagnostic(
                .error, path: "content/analyses/x.md", line: 3, column: 7,
                message: "Unknown id '<script>alert(1)</script>'")
        ])
        let message = try #require(
            LiveReload.message(for: SiteUpdate(outcome: .failed(failure)), build: "b"))
        #expect(message.contains(#""type":"failed""#))
        #expect(message.contains(#""line":3"#))
        #expect(message.contains(#""column":7"#))
        #expect(message.contains(#""path":"content\/analyses\/x.md""#))
        #expect(message.contains("<script>alert(1)<\\/script>"))
    }
}

/// The media types files are served with.
@Suite("Content types")
struct ContentTypeTests {
    @Test("Every kind of file a site holds gets its media type")
    func types() {
        let expected = [
            "index.html": "text/html; charset=utf-8",
            "assets/site.1a2b.css": "text/css; charset=utf-8",
            "charts/a.svg": "image/svg+xml", "data/deals.json": "application/json",
            "data/deals.csv": "text/csv; charset=utf-8", "sitemap.xml": "application/xml",
            "robots.txt": "text/plain; charset=utf-8", "a/b.PNG": "image/png",
            "photo.jpg": "image/jpeg", "photo.jpeg": "image/jpeg", "photo.webp": "image/webp",
            "report.pdf": "application/pdf", "fonts/x.woff2": "font/woff2",
            "LICENSE": "application/octet-stream", ".hidden": "application/octet-stream",
        ]
        for (path, type) in expected {
            #expect(ContentType.of(path) == type, "\(path)")
        }
    }
}

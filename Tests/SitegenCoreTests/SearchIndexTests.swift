import Foundation
import SitegenTestSupport
import Testing

@testable import SitegenCore

/// The search index sitegen writes at build time, read back the way `search.js` reads it.
@Suite("Search index")
struct SearchIndexTests {
    /// The minimal site with a second analysis that alone uses the word "zeppelin", once in
    /// its title, and a deal-free page that names it in the text only.
    private let fixture =
        minimalSite
            + """

            -- content/analyses/airships.md --
            ---
            title: The zeppelin question
            date: 2026-05-02
            summary: Lighter than air.
            tags: [Transport]
            ---
            ## Hangars

            Nothing here is about **Zeppelin** GmbH.
            -- content/pages/glossary.md --
            ---
            title: Glossary
            ---
            A zeppelin is an airship; so is a blimp.
            """

    /// The index of a built site, read as `search.js` reads it.
    private struct Index {
        var meta: [String: Any]
        var shards: [[String: [Int]]]
        var documents: [[String: String]]

        init(_ output: FolderSnapshot) throws {
            let metaText = try #require(output.text("search/meta.json"))
            meta = try #require(
                try JSONSerialization.jsonObject(with: Data(metaText.utf8)) as? [String: Any])
            let firsts = try #require(meta["shards"] as? [String])
            shards = try firsts.indices.map { index in
                let text = try #require(output.text("search/index/\(index).json"))
                return try #require(
                    try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [Int]])
            }
            let count = try #require(meta["documents"] as? Int)
            documents = try (0..<count).map { number in
                let text = try #require(output.text("search/doc/\(number).json"))
                return try #require(
                    try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String])
            }
        }

        /// Each page holding `term` exactly, with its weight.
        func postings(_ term: String) -> [Int: Int] {
            var found: [Int: Int] = [:]
            for shard in shards {
                guard let list = shard[term] else { continue }
                var number = 0
                for pair in stride(from: 0, to: list.count, by: 2) {
                    number += list[pair]
                    found[number] = list[pair + 1]
                }
            }
            return found
        }

        /// The URLs of the pages holding `term`.
        func pages(_ term: String) -> Set<String> {
            Set(postings(term).keys.map { documents[$0]["url"] ?? "" })
        }
    }

    @Test("A word is found in exactly the pages that use it, title matches weighing most")
    func findsTheWord() async throws {
        let (result, folder) = try await buildFixture(fixture)
        defer { folder.remove() }
        _ = try result.get()
        let index = try Index(FolderSnapshot(of: folder.url.appending(path: "output")))
        #expect(index.pages("zeppelin") == ["analyses/airships/", "glossary/"])
        let weights = index.postings("zeppelin")
        let analysis = try #require(
            index.documents.firstIndex { $0["url"] == "analyses/airships/" })
        let page = try #require(index.documents.firstIndex { $0["url"] == "glossary/" })
        #expect((weights[analysis] ?? 0) >= 1000, "a title match weighs 1,000 and more")
        #expect((weights[page] ?? 0) < 100, "a text match weighs its count")
        #expect(index.pages("hangars") == ["analyses/airships/"], "headings are indexed")
        #expect(index.pages("blimp") == ["glossary/"])
        #expect(index.pages("script").isEmpty, "a raw <script> in Markdown is not text")
        // Analyses first, newest first; then pages.
        #expect(
            index.documents.map { $0["url"] ?? "" } == [
                "analyses/airships/", "analyses/first-look/", "about/", "glossary/",
            ])
        let document = index.documents[analysis]
        #expect(document["kind"] == "Analysis")
        #expect(document["title"] == "The zeppelin question")
        #expect(document["date"] == "2 May 2026" && document["iso"] == "2026-05-02")
        #expect(document["summary"] == "Lighter than air.")
        let text = try #require(document["text"])
        #expect(text.contains("Nothing here is about Zeppelin GmbH."))
        #expect(!text.contains("<") && !text.contains("Transport"), "no tags, no tag list")
        #expect(index.documents[page]["date"] == nil)
    }

    @Test("Shards hold runs of words in code-point order, each starting where meta.json says")
    func shardsAreOrdered() async throws {
        var site = fixture
        // Enough distinct words for several shards.
        let words = (0..<4000).map { "w\(String($0, radix: 36))x" }.joined(separator: " ")
        site += "\n-- content/pages/words.md --\n---\ntitle: Words\n---\n\(words) été Été\n"
        let (result, folder) = try await buildFixture(site)
        defer { folder.remove() }
        _ = try result.get()
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        let index = try Index(output)
        let firsts = try #require(index.meta["shards"] as? [String])
        #expect(firsts.count > 2)
        var previous: [UInt8] = []
        for (number, shard) in index.shards.enumerated() {
            let terms = shard.keys.map { Array($0.utf8) }.sorted {
                $0.lexicographicallyPrecedes($1)
            }
            #expect(terms.first == Array(firsts[number].utf8))
            #expect(previous.lexicographicallyPrecedes(terms.first ?? []))
            previous = terms.last ?? []
            let bytes = try #require(output.files["search/index/\(number).json"])
            #expect(bytes.count <= SearchIndexWriter.shardSize + 2 || shard.count == 1)
        }
        #expect(index.pages("ete") == ["words/"], "accents fold away and case goes")
        #expect(index.pages("w2rrx") == ["words/"])
    }

    @Test("The index is the same for the same site, and names its version")
    func deterministic() async throws {
        let (first, one) = try await buildFixture(fixture)
        defer { one.remove() }
        let (second, two) = try await buildFixture(fixture)
        defer { two.remove() }
        _ = try first.get()
        _ = try second.get()
        let a = try FolderSnapshot(of: one.url.appending(path: "output"))
        let b = try FolderSnapshot(of: two.url.appending(path: "output"))
        let paths = a.paths.filter { $0.hasPrefix("search/") }
        // The table of contents, the page, one shard and four documents.
        #expect(paths.count == 7)
        for path in paths { #expect(a.files[path] == b.files[path], "\(path)") }
        let meta = try #require(a.text("search/meta.json"))
        #expect(
            meta.wholeMatch(
                of: /\{"format":1,"version":"[0-9a-f]{16}","documents":4,"shards":\["[^"]+"\]\}\n/)
                != nil)
    }

    @Test("The header's search box and the search page, which says when it needs JavaScript")
    func searchBoxAndPage() async throws {
        let (result, folder) = try await buildFixture(fixture)
        defer { folder.remove() }
        _ = try result.get()
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        let analysis = try #require(output.text("analyses/airships/index.html"))
        #expect(
            analysis.contains(
                "<form class=\"site-search\" role=\"search\" action=\"../../search/\" method=\"get\">"
            ))
        #expect(!analysis.contains("<script"), "no page but the search page loads a script")
        let page = try #require(output.text("search/index.html"))
        #expect(page.contains("data-index=\"../search/meta.json\""))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("Search runs in your browser with JavaScript, which is off"))
        let script = try #require(output.paths.first { $0.hasPrefix("assets/search.") })
        #expect(page.contains("<script src=\"../\(script)\" defer></script>"))
        #expect(!(output.text("sitemap.xml") ?? "").contains("search/"))
    }

    @Test("search: false builds no index, no search page and no search box")
    func searchOff() async throws {
        let (result, folder) = try await buildFixture(
            fixture.replacingOccurrences(
                of: "title: Test & Co", with: "title: Test & Co\nsearch: false"))
        defer { folder.remove() }
        _ = try result.get()
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        #expect(!output.paths.contains { $0.hasPrefix("search/") })
        #expect(!(output.text("index.html") ?? "").contains("site-search"))
    }

    @Test("A static file under search/, or a theme without search.js, is an error")
    func conflicts() async throws {
        let (result, folder) = try await buildFixture(
            fixture + "\n-- content/static/search/meta.json --\n{}\n")
        defer { folder.remove() }
        #expect(
            messages(result) == [
                "content/static/search/meta.json: error: This file would replace the generated 'search/meta.json'; rename it or move it to another folder"
            ])
        let folderTwo = try TemporaryFolder()
        defer { folderTwo.remove() }
        try SiteFixture(fixture).write(into: folderTwo.url)
        let scripts = try FileManager.default.contentsOfDirectory(
            atPath: folderTwo.url.appending(path: "templates/assets").path
        ).filter { $0.hasPrefix("search") }
        #expect(scripts == ["search.js"])
        try FileManager.default.removeItem(
            at: folderTwo.url.appending(path: "templates/assets/search.js"))
        do {
            _ = try await SiteBuilder(options: BuildOptions(root: folderTwo.path)).build()
            Issue.record("a theme without search.js built")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "templates/assets/search.js: error: Missing script 'templates/assets/search.js'; the search page runs it. Add it, or set 'search: false' in content/site.yaml"
                ])
        }
    }

    @Test(
        "Page text leaves out SVG, navigation, scripts and ignored elements, and decodes references"
    )
    func plainText() {
        let html = """
            <main><h1>Title</h1><nav><a href="#a">Contents</a></nav><p>One <em>two</em>&amp;three&#39;s<br>four</p>\
            <svg><text>tick</text><svg><text>inner</text></svg><text>tock</text></svg>\
            <div data-search-ignore><p>notes <div>nested</div></p></div>\
            <script>var x = "<p>";</script><p class="x">five&nbsp;six</p><!-- comment --></main>
            """
        let text = String(
            decoding: SearchText.plainText(ofHTML: Array(html.utf8)[...]), as: UTF8.self)
        #expect(text == "Title One two&three's four five six")
    }

    @Test("Pages added in any order give the same index, postings in page order")
    func orderIndependent() throws {
        let entries = (0..<40).map { number in
            SearchEntry(
                number: number, kind: .analysis, sitePath: "a/\(number)/", title: "Page \(number)",
                date: nil, summary: "Shared words", labels: ["tag\(number % 3)"],
                mainHTML: Array("<p>common w\(number % 7) w\(number % 5) w\(number % 5)</p>".utf8)[
                    ...])
        }
        func files(_ order: [Int]) -> [String: [UInt8]] {
            var writer = SearchIndexWriter()
            for number in order { writer.add(entries[number], number: number) }
            return Dictionary(uniqueKeysWithValues: writer.files().map { ($0.path, $0.bytes) })
        }
        let forward = files(Array(0..<40))
        #expect(files(Array((0..<40).reversed())) == forward)
        #expect(files((0..<40).map { $0 * 17 % 40 }) == forward)
        // Page numbers are written as gaps from the one before, so they must come sorted:
        // `common` is on every page, each a gap of 1 after the first, with weight 1.
        let shard = try #require(forward["search/index/0.json"])
        let text = String(decoding: shard, as: UTF8.self)
        let common = "\"common\":[0,1" + String(repeating: ",1,1", count: 39) + "]"
        #expect(text.contains(common))
        // `tag1` is a label (weight 100) of pages 1, 4, 7, ...
        #expect(text.contains("\"tag1\":[1,100,3,100,"))
    }

    @Test("An entry counts every term of a page that has many more than its HTML suggests")
    func manyTerms() {
        // 3,000 distinct words in about 30 KB of HTML: the tallies start with room for about
        // 900 and must grow, keeping the counts they had.
        let words = (0..<3_000).map { "w\($0)" }
        let body = words.map { "\($0) \($0)" }.joined(separator: " ")
        let entry = SearchEntry(
            number: 0, kind: .page, sitePath: "p/", title: "w7 heading", date: nil,
            summary: "", labels: [], mainHTML: Array("<main><p>\(body)</p></main>".utf8)[...])
        var weights: [String: UInt32] = [:]
        for number in 0..<entry.terms.count {
            weights[String(decoding: entry.terms.term(number), as: UTF8.self)] =
                entry.weights[number]
        }
        #expect(weights.count == 3_001)
        #expect(words.allSatisfy { weights[$0] == ($0 == "w7" ? 1_002 : 2) })
        #expect(weights["heading"] == 1_000)
    }

    @Test("Terms found while the text is read are the terms of the text read afterwards")
    func termsInOnePass() {
        let html = """
            <main><h1>Caf&#233; &amp; Cr\u{E8}me</h1><p>foo<em>bar</em> baz<br>qux &#65;&#x42;c \
            L’Oréal’s x\u{301}y “quoted” 東京 \(String(repeating: "long", count: 11)) end&nbsp;</p>\
            <svg><text>hidden</text></svg>after<span>glued</span>&#8212;dash &bogus; a&b <i>ok</i>\
            a<b</main>
            """
        var collector = SearchTerms.Collector()
        // Appended after what the output holds already, as a document's text is.
        var output = Array("kept".utf8)
        TermSplitter.with { splitter in
            SearchText.appendPlainText(
                ofHTML: Array(html.utf8)[...], to: &output, terms: &splitter, into: &collector)
        }
        #expect(output.starts(with: Array("keptCaf".utf8)))
        let text = Array(output.dropFirst(4))
        #expect(text == SearchText.plainText(ofHTML: Array(html.utf8)[...]))
        let afterwards = SearchTerms.terms(String(decoding: text, as: UTF8.self))
        #expect(collector.terms == afterwards)
        #expect(afterwards.contains("foobar") && afterwards.contains("cafe"))
        #expect(afterwards.contains("afterglued") && !afterwards.contains("hidden"))
        #expect(afterwards.contains("abc") && afterwards.contains("creme"))
    }

    @Test("A document keeps the page's text up to its limit, cut between scalars, escaped")
    func documentText() throws {
        func document(_ body: String) throws -> [String: String] {
            let entry = SearchEntry(
                number: 0, kind: .page, sitePath: "p/", title: "T \"q\"", date: nil,
                summary: "S", labels: [], mainHTML: Array("<main><p>\(body)</p></main>".utf8)[...])
            return try #require(
                try JSONSerialization.jsonObject(with: Data(entry.document)) as? [String: String])
        }
        #expect(
            try document("plain words").values.sorted() == [
                "Page", "S", "T \"q\"", "p/", "plain words",
            ])
        #expect(try document("say &quot;hi&quot; \\ back").values.contains("say \"hi\" \\ back"))
        // After one byte, 3-byte scalars start at 1, 4, ... 29,998, 30,001: byte 30,000 is
        // inside one, so the cut moves back to 29,998.
        let text = try #require(try document("a" + String(repeating: "東", count: 10_001))["text"])
        #expect(text == "a" + String(repeating: "東", count: 9_999))
    }

    @Test("A document's strings are JSON, every escape found wherever it falls in a word")
    func jsonEscapes() throws {
        for special in ["\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", "é", "\u{7F}"] {
            for position in 0..<18 {
                let text =
                    String(repeating: "a", count: position) + special
                    + String(repeating: "b", count: 17 - position)
                var json: [UInt8] = []
                SearchEntry.appendJSON(Array(text.utf8)[...], to: &json)
                let decoded = try JSONSerialization.jsonObject(
                    with: Data(json), options: .fragmentsAllowed)
                #expect(decoded as? String == text, "\(special) at \(position)")
            }
        }
    }

    @Test("Terms are letters and digits, lowercased, with accents folded away")
    func terms() {
        #expect(
            SearchTerms.terms("L’Oréal's $25B Amazon–Anthropic ÉTÉ naïve 東京 x\u{301}y")
                == ["l", "oreal", "s", "25b", "amazon", "anthropic", "ete", "naive", "東京", "xy"])
        #expect(SearchTerms.terms(String(repeating: "a", count: 41) + " ok") == ["ok"])
        #expect(SearchTerms.terms(String(repeating: "a", count: 40)).count == 1)
    }
}

import SitegenMarkdown
import SitegenSupport
import Testing

@Suite("Markdown renderer")
struct MarkdownRendererTests {
    @Test("Prose comes block by block with each text's position, link text marked, code kept")
    func proseBlocks() throws {
        var blocks: [MarkdownProse] = []
        _ = try MarkdownRenderer().render(
            "## Head $1\n\nSome *text* `=a.b` and\n[a link](x) “q”.\n\n```\nnot prose\n```\n",
            lineOffset: 2, reservedIDs: [], prose: { blocks = $0 }
        ) { _, _ in nil }
        #expect(
            blocks == [
                MarkdownProse(pieces: [
                    .text("Head $1", location: SourcePosition(line: 3, column: 4), inLink: false)
                ]),
                MarkdownProse(pieces: [
                    .text("Some ", location: SourcePosition(line: 5, column: 1), inLink: false),
                    .text("text", location: SourcePosition(line: 5, column: 7), inLink: false),
                    .text(" ", location: SourcePosition(line: 5, column: 12), inLink: false),
                    .code("=a.b"),
                    .text(" and", location: SourcePosition(line: 5, column: 19), inLink: false),
                    .lineBreak,
                    .text("a link", location: SourcePosition(line: 6, column: 2), inLink: true),
                    .text(" “q”.", location: SourcePosition(line: 6, column: 12), inLink: false),
                ]),
            ])
    }

    @Test("Code spans are offered with their position and can be replaced")
    func codeSpanReplacement() throws {
        var seen: [MarkdownElement] = []
        let rendered = try MarkdownRenderer().render(
            "Amazon put in `=deals.a.investment` and `x`.\n"
        ) { element in
            seen.append(element)
            guard case .codeSpan(let code, _) = element, code.hasPrefix("=") else { return nil }
            return MarkdownReplacement(html: "<data value=\"25\">$25B</data>")
        }
        #expect(
            seen == [
                .codeSpan(
                    code: "=deals.a.investment", location: SourcePosition(line: 1, column: 16)),
                .codeSpan(code: "x", location: SourcePosition(line: 1, column: 42)),
            ])
        #expect(
            rendered.html
                == "<p>Amazon put in <data value=\"25\">$25B</data> and <code>x</code>.</p>\n")
    }

    @Test("Fenced blocks are offered with their info string and line, shifted past front matter")
    func codeBlockReplacement() throws {
        var seen: [MarkdownElement] = []
        let source = "Intro\n\n```chart\ntype: bar\n```\n\n```swift\nlet x = 1\n```\n"
        let rendered = try MarkdownRenderer().render(source, lineOffset: 4) { element in
            seen.append(element)
            guard case .codeBlock(let info, _, _) = element, info == "chart" else { return nil }
            return MarkdownReplacement(html: "<figure>chart</figure>")
        }
        #expect(
            seen == [
                .codeBlock(
                    info: "chart", body: "type: bar\n", location: SourcePosition(line: 7, column: 1)
                ),
                .codeBlock(
                    info: "swift", body: "let x = 1\n",
                    location: SourcePosition(line: 11, column: 1)),
            ])
        #expect(rendered.html.contains("<figure>chart</figure>"))
        #expect(
            rendered.html.contains("<pre><code class=\"language-swift\">let x = 1\n</code></pre>"))
    }

    @Test("Raw HTML is omitted in safe mode and kept when allowed")
    func safeMode() throws {
        let source = "<div onclick=\"x()\">hi</div>\n\nA <b>bold</b> [link](javascript:alert(1)).\n"
        let safe = try MarkdownRenderer().render(source).html
        #expect(!safe.contains("<div"))
        #expect(!safe.contains("<b>"))
        #expect(!safe.contains("javascript:"))
        #expect(safe.contains("<!-- raw HTML omitted -->"))
        let unsafe = try MarkdownRenderer(options: [.allowRawHTML]).render(source).html
        #expect(unsafe.contains("<div onclick=\"x()\">hi</div>"))
    }

    @Test("Headings get unique ids from their text, as GitHub makes them")
    func headingIDs() throws {
        let rendered = try MarkdownRenderer().render(
            "## What it *means*\n\n## What it means\n\n### 2026 & beyond\n")
        #expect(
            rendered.headings.map(\.id) == ["what-it-means", "what-it-means-2", "2026--beyond"])
        #expect(
            rendered.headings.map(\.text) == ["What it means", "What it means", "2026 & beyond"])
        #expect(
            rendered.html.contains(
                "<h2 id=\"what-it-means\">\nWhat it <em>means</em>\n<a class=\"heading-anchor\" data-search-ignore href=\"#what-it-means\" aria-label=\"Link to this section: What it means\">#</a></h2>"
            ))
        #expect(
            rendered.html.contains(
                "<h3 id=\"2026--beyond\">\n2026 &amp; beyond\n<a class=\"heading-anchor\" data-search-ignore href=\"#2026--beyond\" aria-label=\"Link to this section: 2026 &amp; beyond\">#</a></h3>"
            ))
    }

    @Test(
        "Heading ids keep letters of every script and drop punctuation",
        arguments: [
            ("## Café économie", "café-économie"), ("## Ünïcode Ärger", "ünïcode-ärger"),
            ("## 日本の計算", "日本の計算"), ("## Why it matters (2026)", "why-it-matters-2026"),
            ("## snake_case and kebab-case", "snake_case-and-kebab-case"),
            ("## “Quoted” — dashes", "quoted--dashes"), ("## ???", "section"),
            ("## Ω and π", "ω-and-π"),
        ])
    func unicodeHeadingIDs(source: String, id: String) throws {
        #expect(try MarkdownRenderer().render(source).headings.map(\.id) == [id])
    }

    @Test("A code span in a heading counts as the text it stands for")
    func codeTextInHeadingID() throws {
        let rendered = try MarkdownRenderer().render(
            "## Amazon put in `=deals.a.investment`\n\n## The `code` itself\n",
            codeText: { $0.hasPrefix("=") ? "$4B" : nil }, rewrite: { _, _ in nil })
        #expect(rendered.headings.map(\.id) == ["amazon-put-in-4b", "the-code-itself"])
        #expect(rendered.headings.map(\.text) == ["Amazon put in $4B", "The code itself"])
    }

    @Test("Only headings of levels 2 to 4 get a link to themselves")
    func headingAnchors() throws {
        let html = try MarkdownRenderer().render("# One\n\n## Two\n\n#### Four\n\n##### Five\n")
            .html
        #expect(!html.contains("href=\"#one\""))
        #expect(html.contains("href=\"#two\""))
        #expect(html.contains("href=\"#four\""))
        #expect(!html.contains("href=\"#five\""))
    }

    @Test("Smart punctuation sets quotes and dashes")
    func smartPunctuation() throws {
        let html = try MarkdownRenderer().render("\"Quoted\" -- it's 2026---now.\n").html
        #expect(html == "<p>“Quoted” – it’s 2026—now.</p>\n")
    }

    @Test("Invalid input never crashes: NUL bytes and replacement characters")
    func oddInput() throws {
        let html = try MarkdownRenderer().render("a\u{0}b \u{FFFD}\n").html
        #expect(html == "<p>a\u{FFFD}b \u{FFFD}</p>\n")
    }

    @Test("The tree dump shows kinds, positions and literals")
    func treeDump() throws {
        let dump = try MarkdownTreeDumper().dump(
            "# Title\n\nSee `=x.y` now.\n\n```chart\na: 1\n```\n")
        #expect(
            dump == """
                document @1:1
                  heading @1:1
                    text @1:3 "Title"
                  paragraph @3:1
                    text @3:1 "See "
                    code @3:6 "=x.y"
                    text @3:11 " now."
                  code_block @5:1 "a: 1\\n" info="chart"

                """)
    }
}

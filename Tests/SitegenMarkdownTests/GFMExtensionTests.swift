import SitegenMarkdown
import SitegenSupport
import Testing

/// The GitHub-flavoured extensions as sitegen relies on them, beyond the spec examples:
/// positions inside cells and footnotes, smart punctuation, ids and numbering.
@Suite("GitHub-flavoured extensions")
struct GFMExtensionTests {
    private func html(_ source: String, options: MarkdownOptions = .default) throws -> String {
        try MarkdownRenderer(options: options).render(source).html
    }

    /// The code spans offered to the caller, with their positions.
    private func codeSpans(_ source: String) throws -> [String: SourcePosition] {
        var found: [String: SourcePosition] = [:]
        _ = try MarkdownRenderer().render(source) { element in
            if case .codeSpan(let code, let location) = element { found[code] = location }
            return nil
        }
        return found
    }

    @Test(
        "A figure in a table cell reports the cell's line and column",
        arguments: [
            ("| a | b |\n|---|---|\n| `=x` | y |\n", SourcePosition(line: 3, column: 4)),
            ("| a | b |\n|---|---|\n| p\\|q | r `=x` |\n", SourcePosition(line: 3, column: 13)),
            ("> | a |\n> | - |\n> | `=x` |\n", SourcePosition(line: 3, column: 6)),
            ("- item\n\n  | a |\n  | - |\n  | `=x` |\n", SourcePosition(line: 5, column: 6)),
            ("Intro `=x` here\n| a |\n| - |\n", SourcePosition(line: 1, column: 8)),
            ("| `=x` |\n| - |\n", SourcePosition(line: 1, column: 4)),
        ])
    func cellPositions(source: String, expected: SourcePosition) throws {
        #expect(try codeSpans(source)["=x"] == expected)
    }

    @Test("Links in cells and footnotes are offered with their real positions")
    func linkPositions() throws {
        var links: [String: SourcePosition] = [:]
        _ = try MarkdownRenderer().render(
            "| a |\n| - |\n| [x](one.md) |\n\nText.[^n]\n\n[^n]: See [y](two.md).\n",
            links: { link, _ in
                links[link.destination] = link.location
                return nil
            }, rewrite: { _, _ in nil })
        #expect(links["one.md"] == SourcePosition(line: 3, column: 3))
        #expect(links["two.md"] == SourcePosition(line: 7, column: 11))
    }

    @Test("Smart punctuation works in cells but never touches the delimiter row")
    func smartPunctuation() throws {
        let output = try html("| \"a\" -- b |\n|:---:|\n| it's |\n")
        #expect(output.contains("<th style=\"text-align: center\">“a” – b</th>"))
        #expect(output.contains("<td style=\"text-align: center\">it’s</td>"))
        #expect(!output.contains("—"))
    }

    @Test("A link reference defined anywhere in the document works in a cell")
    func referenceInCell() throws {
        let output = try html("| a |\n| - |\n| [site][s] |\n\n[s]: https://example.com\n")
        #expect(output.contains("<td><a href=\"https://example.com\">site</a></td>"))
    }

    @Test("A table is found whatever the line endings, and as the last line of a file")
    func lineEndings() throws {
        for source in ["| a |\r\n| - |\r\n| b |\r\n", "| a |\r| - |\r| b |", "| a |\n|:-"] {
            #expect(try html(source).hasPrefix("<table>"), "\(source.debugDescription)")
        }
    }

    @Test("Lines without a delimiter row, or with a different cell count, stay a paragraph")
    func notTables() throws {
        #expect(try html("a | b\nc | d\n") == "<p>a | b\nc | d</p>\n")
        #expect(try html("| a | b |\n| - |\n") == "<p>| a | b |\n| - |</p>\n")
    }

    @Test("Footnotes are numbered by first reference, with one back-link per reference")
    func footnoteNumbering() throws {
        let output = try html(
            "B[^b] then A[^a] and B again[^B].\n\n[^a]: Alpha.\n[^b]: Beta.\n[^c]: Unused.\n",
            options: [])
        #expect(
            output.contains(
                "B<sup class=\"footnote-ref\"><a href=\"#fn-b\" id=\"fnref-b\" data-footnote-ref>1</a></sup>"
            ))
        #expect(output.contains("<a href=\"#fn-a\" id=\"fnref-a\" data-footnote-ref>2</a>"))
        #expect(output.contains("<a href=\"#fn-b\" id=\"fnref-b-2\" data-footnote-ref>1</a>"))
        let beta = try #require(output.range(of: "<li id=\"fn-b\">"))
        let alpha = try #require(output.range(of: "<li id=\"fn-a\">"))
        #expect(beta.lowerBound < alpha.lowerBound)
        #expect(
            output.contains(
                "aria-label=\"Back to reference 1-2\">↩<sup class=\"footnote-ref\">2</sup></a>"))
        #expect(!output.contains("Unused"))
    }

    @Test("A reference without a definition stays text, and no empty section is written")
    func undefinedFootnote() throws {
        #expect(try html("See[^x].\n", options: []) == "<p>See[^x].</p>\n")
        #expect(try html("See.\n\n[^x]: Never used.\n", options: []) == "<p>See.</p>\n")
    }

    @Test("A footnote definition inside a code block is code")
    func footnoteInCode() throws {
        let output = try html("```\n[^x]: not a note\n```\n\nText[^x].\n", options: [])
        #expect(output == "<pre><code>[^x]: not a note\n</code></pre>\n<p>Text[^x].</p>\n")
    }

    @Test("Footnote ids give way to headings and to the template's ids")
    func footnoteIDs() throws {
        let rendered = try MarkdownRenderer(options: []).render(
            "## fn-a\n\nText[^a].\n\n[^a]: Note.\n", reservedIDs: ["fnref-a"],
            rewrite: { _, _ in nil })
        #expect(rendered.headings.map(\.id) == ["fn-a"])
        #expect(rendered.html.contains("<li id=\"fn-a-2\">"))
        #expect(rendered.html.contains("href=\"#fn-a-2\" id=\"fnref-a-2\""))
    }

    @Test("A heading's id leaves out its footnote reference")
    func headingWithFootnote() throws {
        let rendered = try MarkdownRenderer().render("## Revenue[^1]\n\n[^1]: Estimated.\n")
        #expect(rendered.headings.map(\.id) == ["revenue"])
    }

    @Test(
        "Strikethrough pairs runs of one or two tildes of the same length",
        arguments: [
            ("~~gone~~ and ~also~", "<p><del>gone</del> and <del>also</del></p>\n"),
            ("a ~~~three~~~", "<p>a ~~~three~~~</p>\n"),
            ("~~one~", "<p>~~one~</p>\n"),
            ("a ~~ b ~~ c", "<p>a ~~ b ~~ c</p>\n"),
            ("~~*both*~~", "<p><del><em>both</em></del></p>\n"),
            ("`~~code~~`", "<p><code>~~code~~</code></p>\n"),
            ("\\~\\~kept\\~\\~ and `\\~`", "<p>~~kept~~ and <code>\\~</code></p>\n"),
            ("\\[^1] and \\[x]\n\n[^1]: Note.", "<p>[^1] and [x]</p>\n"),
            ("[a](</x\\~y> \"t\\~\")", "<p><a href=\"/x~y\" title=\"t~\">a</a></p>\n"),
        ])
    func strikethrough(source: String, expected: String) throws {
        #expect(try html(source) == expected)
    }

    @Test(
        "Bare URLs become links, except inside links, keeping the characters typed",
        arguments: [
            (
                "See www.example.com.",
                "<p>See <a href=\"http://www.example.com\">www.example.com</a>.</p>\n"
            ),
            (
                "(https://en.wikipedia.org/wiki/Rock_'n'_roll)",
                "<p>(<a href=\"https://en.wikipedia.org/wiki/Rock_&#x27;n&#x27;_roll\">https://en.wikipedia.org/wiki/Rock_'n'_roll</a>)</p>\n"
            ),
            (
                "[https://a.com](https://b.com)",
                "<p><a href=\"https://b.com\">https://a.com</a></p>\n"
            ),
            ("wwwx.example.com and xhttp://a.com", "<p>wwwx.example.com and xhttp://a.com</p>\n"),
            (
                "Mail ops@example.com.",
                "<p>Mail <a href=\"mailto:ops@example.com\">ops@example.com</a>.</p>\n"
            ),
        ])
    func autolinks(source: String, expected: String) throws {
        #expect(try html(source) == expected)
    }

    @Test("Task list items get disabled checkboxes; other brackets stay text")
    func taskLists() throws {
        #expect(
            try html("- [x] done\n- [ ] open\n- [?] not a task\n")
                == "<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Task\" /> done</li>\n<li><input type=\"checkbox\" disabled=\"\" aria-label=\"Task\" /> open</li>\n<li>[?] not a task</li>\n</ul>\n"
        )
    }

    @Test("A table inside a footnote is a table")
    func tableInFootnote() throws {
        let output = try html(
            "Text[^t].\n\n[^t]: Figures:\n    | a |\n    | - |\n    | 1 |\n", options: [])
        #expect(output.contains("<li id=\"fn-t\">\n<p>Figures:</p>\n<table>"))
        #expect(output.contains("<td>1</td>"))
    }
}

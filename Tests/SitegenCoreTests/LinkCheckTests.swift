import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// Links and images in Markdown that point inside the site: resolved, rewritten, and an
/// error at their line and column when they point at nothing.
@Suite("Link checking")
struct LinkCheckTests {
    private func site(_ body: String) -> String {
        minimalSite + """

            -- content/analyses/linking.md --
            ---
            title: Linking
            date: 2026-04-15
            summary: Links to the rest of the site.
            ---
            ## Own section

            \(body)
            -- content/static/images/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """
    }

    private func page(_ body: String) async throws -> String {
        let (result, folder) = try await buildFixture(site(body))
        defer { folder.remove() }
        _ = try result.get()
        return try outputText(folder, "analyses/linking/index.html")
    }

    private func failure(_ body: String) async throws -> [Diagnostic] {
        let (result, folder) = try await buildFixture(site(body))
        defer { folder.remove() }
        guard case .failure(let failure) = result else {
            Issue.record("the build should have failed for: \(body)")
            return []
        }
        return failure.diagnostics
    }

    @Test(
        "Links into the site become the URLs of the built pages and files",
        arguments: [
            ("[a](first-look.md)", "href=\"../../analyses/first-look/\""),
            (
                "[a](first-look.md#why-it-matters)",
                "href=\"../../analyses/first-look/#why-it-matters\""
            ),
            ("[a](./first-look.md)", "href=\"../../analyses/first-look/\""),
            ("[a](../pages/about.md)", "href=\"../../about/\""),
            ("![logo](../static/images/logo.svg)", "src=\"../../images/logo.svg\""),
            ("[a](/about/)", "href=\"../../about/\""),
            ("[a](/about)", "href=\"../../about/\""),
            ("[a](/feed.xml)", "href=\"../../feed.xml\""),
            ("[a](../../tags/)", "href=\"../../tags/\""),
            ("[a](#own-section)", "href=\"#own-section\""),
            ("[a](https://example.org/x.md)", "href=\"https://example.org/x.md\""),
            ("[a](mailto:desk@example.org)", "href=\"mailto:desk@example.org\""),
        ])
    func resolves(body: String, expected: String) async throws {
        #expect(try await page(body).contains(expected), "\(body)")
    }

    @Test(
        "A link or image that points at nothing is an error at its line and column",
        arguments: [
            (
                "[a](first-lok.md)",
                "Broken link: No page or file at 'content/analyses/first-lok.md'; did you mean 'content/analyses/first-look.md'"
            ),
            (
                "![x](missing.png)",
                "Broken image: No page or file at 'content/analyses/missing.png'"
            ),
            (
                "[a](first-look.md#why-it-maters)",
                "Broken link: No heading with the id 'why-it-maters' in 'content/analyses/first-look.md'; did you mean 'why-it-matters'?"
            ),
            (
                "[a](#own-sectoin)",
                "Broken link: No heading with the id 'own-sectoin' on this page; did you mean 'own-section'?"
            ),
            ("[a](/deals/nope/)", "Broken link: Nothing in the site at '/deals/nope/'"),
            ("[a](../../../../etc/passwd)", "Broken link: No page or file at"),
        ])
    func broken(body: String, message: String) async throws {
        let diagnostics = try await failure("Some text and " + body + " here.")
        let found = diagnostics.first { $0.message.hasPrefix(message) }
        #expect(found != nil, "\(diagnostics.map(\.message))")
        #expect(found?.path == "content/analyses/linking.md")
        #expect(found?.line == 8)
        #expect(found?.column == 15)
    }

    @Test("A code span starting with == is the literal code after the first =")
    func literalEquals() async throws {
        let html = try await page("Type `==SUM(B2:B9)` in the sheet, or `==` alone.")
        #expect(
            html.contains("Type <code>=SUM(B2:B9)</code> in the sheet, or <code>=</code> alone."))
    }

    @Test(
        "A broken link or unknown figure in a table cell or a footnote is reported at its `[` or backtick",
        arguments: [
            ("| a | b |\n|---|---|\n| x | [c](nope.md) |\n", "Broken link", 10, 7),
            ("| a |\n| - |\n| `=deals.nope.investment` |\n", "Unknown", 10, 3),
            ("Text.[^n]\n\n[^n]: See [c](nope.md).\n", "Broken link", 10, 11),
            (
                "Text.[^n]\n\n[^n]: First line.\n    Then `=deals.nope.investment`.\n", "Unknown",
                11, 10
            ),
        ])
    func brokenInExtensions(body: String, message: String, line: Int, column: Int) async throws {
        let diagnostics = try await failure(body)
        let found = diagnostics.first { $0.message.contains(message) }
        #expect(found != nil, "\(diagnostics.map(\.description))")
        #expect(found?.path == "content/analyses/linking.md")
        #expect(found?.line == line, "\(diagnostics.map(\.description))")
        #expect(found?.column == column, "\(diagnostics.map(\.description))")
    }

    @Test("A table with figures and a footnote renders on the built page")
    func tableAndFootnote() async throws {
        let html = try await page(
            "| Deal | Equity |\n|:--|--:|\n| [First look](first-look.md) | up to a lot[^a] |\n\n[^a]: Contingent.\n"
        )
        #expect(html.contains("<th style=\"text-align: right\">Equity</th>"))
        #expect(
            html.contains(
                "<td style=\"text-align: left\"><a href=\"../../analyses/first-look/\">First look</a></td>"
            ))
        #expect(html.contains("<section class=\"footnotes\" data-footnotes>"))
        #expect(html.contains("<li id=\"fn-a\">\n<p>Contingent. <a href=\"#fnref-a\""))
    }

    @Test("Every broken link of a page is reported in one build")
    func allBrokenLinks() async throws {
        let diagnostics = try await failure("[a](one.md)\n\n[b](two.md)\n\n![c](three.png)\n")
        #expect(diagnostics.filter { $0.message.hasPrefix("Broken") }.count == 3)
    }
}

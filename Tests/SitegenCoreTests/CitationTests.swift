import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// The data site with a second source, cited by the capex figures only, and an analysis that
/// quotes one figure twice.
private let citedSite =
    dataSite.replacingOccurrences(
        of: """
            amazon,2025,130B,USD,about,reported,article
            amazon,2026,200B,USD,about,guided,article
            """,
        with: """
            amazon,2025,130B,USD,about,reported,filing
            amazon,2026,200B,USD,about,guided,filing
            """
    )
    .replacingOccurrences(
        of: "-- content/data/companies.yaml --",
        with: """
            - id: filing
              publisher: Amazon
              title: Annual report
              date: 2026-02-05
            -- content/data/companies.yaml --
            """
    )
        + """

        -- content/analyses/twice.md --
        ---
        title: Twice
        date: 2026-04
        summary: One figure, quoted twice.
        ---
        First `=deals.amazon-anthropic-2026.investment`, then the capex share `=deals.amazon-anthropic-2026.capex_share`, then `=deals.amazon-anthropic-2026.investment` again.
        """

@Suite("Citations")
struct CitationTests {
    @Test("A page lists each source once, numbered, and its notes cite them by number")
    func oneNumberedSourceList() async throws {
        let (result, folder) = try await buildFixture(citedSite)
        defer { folder.remove() }
        #expect(try result.get().warnings.isEmpty)
        let page = try outputText(folder, "analyses/twice/index.html")
        #expect(page.components(separatedBy: "“Amazon &amp; Anthropic expand ties”").count == 2)
        #expect(page.components(separatedBy: "“Annual report”").count == 2)
        #expect(
            page.contains(
                "<li id=\"Source-1\">Example News, <a href=\"https://example.org/news/1\">“Amazon &amp; Anthropic expand ties”</a> (April 2026)</li>\n<li id=\"Source-2\">Amazon, “Annual report” (5 February 2026)</li>"
            ))
        // The investment cites source 1; the capex share cites both.
        #expect(
            page.contains(
                "<span class=\"cites\">Source <a href=\"#Source-1\" aria-label=\"Source 1\">1</a></span>"
            ))
        #expect(
            page.contains(
                "<span class=\"cites\">Sources <a href=\"#Source-1\" aria-label=\"Source 1\">1</a>, <a href=\"#Source-2\" aria-label=\"Source 2\">2</a></span>"
            ))
        #expect(page.contains("title=\"up to $25B investment, as reported (source 1)\""))
        #expect(!page.contains("Sources: "), "no note repeats a citation in full")
    }

    @Test("Each note links back to every place its figure is quoted, and every link lands")
    func backLinks() async throws {
        let (result, folder) = try await buildFixture(citedSite)
        defer { folder.remove() }
        _ = try result.get()
        let page = try outputText(folder, "analyses/twice/index.html")
        #expect(page.contains("id=\"Figure-use-1\" href=\"#Figure-note-1\">up to $25B</a>"))
        #expect(page.contains("id=\"Figure-use-1-2\" href=\"#Figure-note-1\">up to $25B</a>"))
        #expect(
            page.contains(
                "<a class=\"back\" href=\"#Figure-use-1\" aria-label=\"Back to where ‘up to $25B’ is quoted (1 of 2)\">↩\u{FE0E}</a> <a class=\"back\" href=\"#Figure-use-1-2\" aria-label=\"Back to where ‘up to $25B’ is quoted (2 of 2)\">↩\u{FE0E}<sup>2</sup></a></li>"
            ))
        let ids = Set(page.matches(of: /id="([^"]+)"/).map { String($0.output.1) })
        let fragments = page.matches(of: /href="#([^"]+)"/).map { String($0.output.1) }
        #expect(fragments.count > 8)
        for fragment in fragments {
            #expect(ids.contains(fragment), "#\(fragment) names no element of the page")
        }
        #expect(ids.count == page.matches(of: /id="([^"]+)"/).count, "ids are unique")
    }

    @Test("A deal page has one source list: the deal's sources first, then its figures' others")
    func dealPageSources() async throws {
        let (result, folder) = try await buildFixture(citedSite)
        defer { folder.remove() }
        _ = try result.get()
        let page = try outputText(folder, "deals/amazon-anthropic-2026/index.html")
        #expect(page.components(separatedBy: "<ol class=\"source-list\">").count == 2)
        #expect(page.components(separatedBy: "“Amazon &amp; Anthropic expand ties”").count == 2)
        let first = try #require(page.range(of: "<li id=\"Source-1\">Example News"))
        let second = try #require(page.range(of: "<li id=\"Source-2\">Amazon, “Annual report”"))
        #expect(first.lowerBound < second.lowerBound)
    }
}

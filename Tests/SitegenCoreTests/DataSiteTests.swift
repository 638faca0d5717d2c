import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// A small site with typed deal data, figures, a chart and a table.
let dataSite = """
    -- content/site.yaml --
    title: Deals
    base_url: https://example.org/
    -- content/data/sources.yaml --
    - id: article
      publisher: Example News
      title: "Amazon & Anthropic expand ties"
      date: 2026-04
      url: https://example.org/news/1
    -- content/data/companies.yaml --
    - id: amazon
      name: Amazon
      kind: cloud-provider
    - id: anthropic
      name: Anthropic
      kind: model-lab
    -- content/data/capex.csv --
    company,year,amount,currency,qualifier,basis,source
    amazon,2025,130B,USD,about,reported,article
    amazon,2026,200B,USD,about,guided,article
    -- content/data/deals.yaml --
    - id: amazon-anthropic-2026
      announced: 2026-04
      investor: amazon
      investee: anthropic
      status: announced
      investment: {amount: 25B, currency: USD, qualifier: up-to}
      commitment:
        amount: 100B
        currency: USD
        qualifier: at-least
        term_years: 10
        provider: amazon
      summary: A big one.
      sources: [article]
    -- content/analyses/deal.md --
    ---
    title: The deal
    date: 2026-04
    summary: Up to and at least.
    deals: [amazon-anthropic-2026]
    companies: [amazon]
    ---
    Amazon puts in `=deals.amazon-anthropic-2026.investment` for `=deals.amazon-anthropic-2026.annual_commitment:short`.

    ```chart
    type: bar
    title: Headline amounts
    data: deals
    label: name
    value: commitment
    ```

    ```table
    data: deals
    columns: [name, investment, annual_commitment]
    ```
    """

/// The text of one output file of a built fixture.
func outputText(_ folder: TemporaryFolder, _ path: String) throws -> String {
    try #require(FolderSnapshot(of: folder.url.appending(path: "output")).text(path))
}

@Suite("Sites with data")
struct DataSiteTests {
    @Test("Inline figures render as data elements linked to their formula and sources")
    func inlineFigures() async throws {
        let (result, folder) = try await buildFixture(dataSite)
        defer { folder.remove() }
        #expect(try result.get().warnings.isEmpty)
        let page = try outputText(folder, "analyses/deal/index.html")
        #expect(
            page.contains(
                "<data value=\"..25000000000\" title=\"up to $25B investment, as reported (source 1)\"><a class=\"fig\" id=\"Figure-use-1\" href=\"#Figure-note-1\">up to $25B</a></data>"
            ))
        #expect(page.contains(">≥$10B/yr</a></data>"))
        #expect(page.contains("<h2 id=\"Figures-and-sources\">Figures and sources</h2>"))
        #expect(
            page.contains(
                "<a href=\"https://example.org/news/1\">“Amazon &amp; Anthropic expand ties”</a>"))
    }

    @Test("Chart and table blocks render figures with SVG and accessible tables")
    func chartAndTable() async throws {
        let (result, folder) = try await buildFixture(dataSite)
        defer { folder.remove() }
        _ = try result.get()
        let page = try outputText(folder, "analyses/deal/index.html")
        #expect(
            page.contains("<figure class=\"sg-figure sg-figure-bar\" id=\"fig-headline-amounts\">"))
        #expect(page.contains("role=\"img\""))
        #expect(page.contains("<th scope=\"col\">Name</th>"))
        #expect(
            page.contains(
                "<a href=\"../../deals/amazon-anthropic-2026/\">Amazon–Anthropic 2026</a>"))
        #expect(
            page.contains(
                "<td class=\"num\"><data value=\"10000000000..\">at least $10B a year</data></td>"))
    }

    @Test("Deal, company and data pages and downloads are generated from the data")
    func generatedPages() async throws {
        let (result, folder) = try await buildFixture(dataSite)
        defer { folder.remove() }
        _ = try result.get()
        let deal = try outputText(folder, "deals/amazon-anthropic-2026/index.html")
        #expect(deal.contains("<h1>Amazon–Anthropic 2026</h1>"))
        #expect(deal.contains(">at least 4×</a></data>"))
        // The deal's page lists the analysis that names it in its front matter.
        #expect(deal.contains("href=\"../../analyses/deal/\""))
        let company = try outputText(folder, "companies/amazon/index.html")
        #expect(company.contains("<h1>Amazon</h1>"))
        #expect(company.contains("id=\"fig-capex-amazon\""))
        #expect(try outputText(folder, "deals/index.html").contains("id=\"fig-deals-timeline\""))
        let csv = try outputText(folder, "data/deals.csv")
        #expect(csv.hasPrefix("id,name,announced,investor,"))
        #expect(csv.contains("amazon-anthropic-2026,Amazon–Anthropic 2026,2026-04,amazon,"))
        let json = try outputText(folder, "data/capex.json")
        #expect(
            json == """
                [
                  {"company": "amazon", "company_name": "Amazon", "year": 2025, "amount": 130000000000, "qualifier": "about", "basis": "reported", "source": "article"},
                  {"company": "amazon", "company_name": "Amazon", "year": 2026, "amount": 200000000000, "qualifier": "about", "basis": "guided", "source": "article"}
                ]

                """)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var find: String
        var replace: String
        var expected: String
        var testDescription: String { name }
    }

    static let errorCases: [Case] = [
        Case(
            name: "unknown figure", find: "`=deals.amazon-anthropic-2026.investment`",
            replace: "`=deals.amazon-anthropic-2026.investmnt`",
            expected:
                "content/analyses/deal.md:8:16: error: Unknown figure 'deals.amazon-anthropic-2026.investmnt'; did you mean 'deals.amazon-anthropic-2026.investment', 'deals.amazon-anthropic-2026.commitment' or 'deals.amazon-anthropic-2026.term'?\nAmazon puts in `=deals.amazon-anthropic-2026.investmnt` for `=deals.amazon-anthropic-2026.annual_commitment:short`.\n               ^"
        ),
        Case(
            name: "unknown figure variant", find: "annual_commitment:short",
            replace: "annual_commitment:tiny",
            expected:
                "content/analyses/deal.md:8:62: error: Unknown variant 'tiny' for figure 'deals.amazon-anthropic-2026.annual_commitment'; use 'short', 'long' or 'number', or no variant\nAmazon puts in `=deals.amazon-anthropic-2026.investment` for `=deals.amazon-anthropic-2026.annual_commitment:tiny`.\n                                                             ^"
        ),
        Case(
            name: "unknown chart field", find: "value: commitment", replace: "value: comitment",
            expected:
                "content/analyses/deal.md:15:8: error: Unknown field 'comitment' for key 'value'; did you mean 'commitment'?\nvalue: comitment\n       ^"
        ),
        Case(
            name: "unknown chart type", find: "type: bar", replace: "type: pie",
            expected:
                "content/analyses/deal.md:11:7: error: Unknown chart type 'pie' for key 'type'; valid types are 'bar', 'grouped-bar', 'stacked-bar', 'line', 'area', 'timeline', 'scatter', 'waterfall'\ntype: pie\n      ^"
        ),
        Case(
            name: "unknown chart dataset", find: "data: deals\nlabel",
            replace: "data: deels\nlabel",
            expected:
                "content/analyses/deal.md:13:7: error: Unknown dataset 'deels' for 'data'; datasets are 'capex', 'companies', 'deals', 'sources'\ndata: deels\n      ^"
        ),
        Case(
            name: "unknown table column", find: "columns: [name, investment",
            replace: "columns: [nme, investment",
            expected:
                "content/analyses/deal.md:20:11: error: Unknown field 'nme' in 'columns'; did you mean 'name'?\ncolumns: [nme, investment, annual_commitment]\n          ^"
        ),
        Case(
            name: "unknown deal id in front matter", find: "deals: [amazon-anthropic-2026]",
            replace: "deals: [amazon-anthropic-2025]",
            expected:
                "content/analyses/deal.md:5:9: error: Unknown id 'amazon-anthropic-2025' in 'deals'; did you mean 'amazon-anthropic-2026'?\ndeals: [amazon-anthropic-2025]\n        ^"
        ),
        Case(
            name: "bad amount in the data", find: "amount: 25B,", replace: "amount: 25X,",
            expected:
                "content/data/deals.yaml:6:24: error: Invalid amount '25X' for 'investment.amount'; write a number such as 25B, 1.5T, 500M, 750K or 1000000\n  investment: {amount: 25X, currency: USD, qualifier: up-to}\n                       ^"
        ),
    ]

    @Test(
        "Mistakes in figures, charts, tables and data name their file, line and column",
        arguments: errorCases)
    func errors(_ testCase: Case) async throws {
        let fixture = dataSite.replacingOccurrences(of: testCase.find, with: testCase.replace)
        #expect(fixture != dataSite)
        let (result, folder) = try await buildFixture(fixture)
        defer { folder.remove() }
        // A deal dropped for bad data also leaves the analysis that names it pointing nowhere.
        #expect(
            messages(result).filter { !$0.contains("in 'deals'; add it") } == [testCase.expected])
    }
}

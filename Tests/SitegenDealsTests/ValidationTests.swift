import SitegenData
import Testing

@testable import SitegenDeals

@Suite struct ValidationTests {
    @Test func loadsTheFixtureWithoutProblems() {
        let result = Fixtures.load()
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.dataSet.deals.map(\.id) == ["amazon-anthropic-2026", "google-anthropic-2025"])
        #expect(result.dataSet.capex.count == 2)
        #expect(result.dataSet.datasets.map(\.name) == ["capex", "companies", "deals", "sources"])
        let deal = result.dataSet.deal(id: "amazon-anthropic-2026")
        #expect(deal?.investment?.qualifier == .upTo)
        #expect(deal?.commitment?.termYears == 10)
        #expect(deal?.announced.formatted == "April 2026")
    }

    /// One deal record with `field` lines replaced, for table-driven error tests.
    static func deal(_ body: String) -> String {
        "- id: test-deal\n" + body
    }

    static let validBody = """
          announced: 2026-04
          investor: amazon
          investee: anthropic
          status: announced
          investment: {amount: 25B, currency: USD, qualifier: up-to}
          summary: A test deal.
          sources: [aboutamazon-2026-anthropic]

        """

    static func replacing(_ key: String, with line: String) -> String {
        validBody.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("  \(key):") ? "  " + line : String($0) }
            .joined(separator: "\n")
    }

    @Test(arguments: [
        (
            replacing("investor", with: "investor: amazn"),
            "content/data/deals.yaml:3:13: error: Unknown company 'amazn' for 'investor'; did you mean 'amazon'?"
        ),
        (
            replacing("investee", with: "investee: [anthropic]"),
            "content/data/deals.yaml:4:13: error: Expected a string for 'investee', found a list"
        ),
        (
            replacing("status", with: "status: rumoured"),
            "content/data/deals.yaml:5:11: error: Unknown status 'rumoured' for 'status'; use 'announced', 'completed' or 'reported'"
        ),
        (
            replacing("announced", with: "announced: 2026-02-30"),
            "content/data/deals.yaml:2:14: error: Invalid date '2026-02-30'; February 2026 has 28 days for 'announced'"
        ),
        (
            replacing("announced", with: "announced: 2026-13"),
            "content/data/deals.yaml:2:14: error: Invalid date '2026-13'; the month must be 01 to 12 for 'announced'"
        ),
        (
            replacing("announced", with: "announced: April 2026"),
            "content/data/deals.yaml:2:14: error: Invalid date 'April 2026'; use YYYY, YYYY-MM or YYYY-MM-DD for 'announced'"
        ),
        (
            replacing(
                "investment", with: "investment: {amount: -5B, currency: USD, qualifier: up-to}"),
            "content/data/deals.yaml:6:24: error: Negative amount '-5B' for 'investment.amount'; amounts are zero or more"
        ),
        (
            replacing(
                "investment", with: "investment: {amount: NaN, currency: USD, qualifier: up-to}"),
            "content/data/deals.yaml:6:24: error: Invalid amount 'NaN' for 'investment.amount'; write a number such as 25B, 1.5T, 500M, 750K or 1000000"
        ),
        (
            replacing(
                "investment", with: "investment: {amount: 25b, currency: USD, qualifier: up-to}"),
            "content/data/deals.yaml:6:24: error: Invalid amount '25b' for 'investment.amount'; write the suffix in capitals: K, M, B or T"
        ),
        (
            replacing(
                "investment", with: "investment: {amount: 25B, currency: usd, qualifier: up-to}"),
            "content/data/deals.yaml:6:39: error: Invalid currency 'usd' for 'investment.currency'; use a three-letter ISO 4217 code such as 'USD'"
        ),
        (
            replacing(
                "investment", with: "investment: {amount: 25B, currency: USD, qualifier: roughly}"),
            "content/data/deals.yaml:6:55: error: Unknown qualifier 'roughly' for 'investment.qualifier'; use 'exact', 'about', 'up-to' or 'at-least'"
        ),
        (
            replacing("investment", with: "investment: {amount: 25B, currency: USD}"),
            "content/data/deals.yaml:6:15: error: Missing value for key 'investment.qualifier'"
        ),
        (
            replacing(
                "investment", with: "investment: {ammount: 25B, currency: USD, qualifier: up-to}"),
            "content/data/deals.yaml:6:16: error: Unknown key 'investment.ammount'; did you mean 'amount'? ('amount' is required here)"
        ),
        (
            replacing("investment", with: "investment: 25B"),
            "content/data/deals.yaml:6:15: error: Expected a map for 'investment', found a string"
        ),
        (
            replacing(
                "investment",
                with:
                    "commitment: {amount: 1T, currency: USD, qualifier: about, term_years: 0, provider: amazon}"
            ),
            "content/data/deals.yaml:6:73: error: Term '0' for 'commitment.term_years' must be a positive number of years"
        ),
        (
            replacing(
                "investment",
                with:
                    "commitment: {amount: 1T, currency: USD, qualifier: about, term_years: 5, provider: oracle}"
            ),
            "content/data/deals.yaml:6:86: error: Unknown company 'oracle' for 'commitment.provider'"
        ),
        (
            replacing("investment", with: "notes: hi"),
            "content/data/deals.yaml:1:3: error: A deal needs an 'investment', a 'commitment' or both\ncontent/data/deals.yaml:6:3: error: Unknown key 'notes'; known keys are 'id', 'announced', 'investor', 'investee', 'status', 'summary', 'sources', 'investment' and 'commitment'"
        ),
        (
            replacing("sources", with: "sources: []"),
            "content/data/deals.yaml:8:12: error: Expected at least one source id in 'sources'"
        ),
        (
            replacing("sources", with: "sources: [aboutamazon-2026-anthropic, amazon-10k-2042]"),
            "content/data/deals.yaml:8:41: error: Unknown source 'amazon-10k-2042' for 'sources'; did you mean 'amazon-10k-2024'?"
        ),
        (
            replacing("sources", with: "sources: [amazon-10k-2024, amazon-10k-2024]"),
            "content/data/deals.yaml:8:30: error: Source 'amazon-10k-2024' is listed twice in 'sources'"
        ),
        (
            replacing("summary", with: "summary: \"\""),
            "content/data/deals.yaml:7:12: error: Missing value for key 'summary'"
        ),
        (
            replacing("investee", with: "investee: amazon"),
            "content/data/deals.yaml:4:13: error: The investee 'amazon' is also the investor; a deal needs two companies"
        ),
        (
            replacing("investor", with: "investor: Amazon"),
            "content/data/deals.yaml:3:13: error: Invalid id 'Amazon' for 'investor'; use lowercase letters, digits and '-'"
        ),
    ])
    func reportsEveryDealProblemAtTheField(body: String, messages: String) {
        // The deal is the whole `deals` dataset, so positions are easy to read.
        let files =
            Fixtures.files.filter { $0.stem != "deals" } + [
                DataFile(path: "content/data/deals.yaml", text: Self.deal(body))
            ]
        let result = DealLoader.load(files)
        let text = result.diagnostics.map(\.description).joined(separator: "\n")
        #expect(text == messages)
    }

    @Test func reportsEveryProblemOfEveryFileNotOnlyTheFirst() {
        let files = [
            DataFile(
                path: "content/data/sources.yaml",
                text: """
                    - id: s1
                      publisher: P
                      title: T
                      date: 2026-04
                      url: ftp://example.org/x
                    - id: s1
                      publisher: P
                      title: T
                      date: 2026
                    """),
            DataFile(
                path: "content/data/companies.json",
                text: """
                    [{"id": "amazon", "name": "Amazon", "kind": "cloud"},
                     {"id": "anthropic", "name": "Anthropic", "kind": "model-lab", "hq": "SF"}]
                    """),
            DataFile(
                path: "content/data/capex.csv",
                text: """
                    company,year,amount,currency,qualifier,basis,source
                    amazon,2026,200B,USD,about,guided,s1
                    anthropic,26,1B,USD,exact,reported,s2
                    anthropic,2026,x,USD,exact,forecast,s1
                    """),
            DataFile(path: "content/data/broken.yaml", text: "a: [\n"),
        ]
        let result = DealLoader.load(files)
        #expect(
            result.diagnostics.map(\.description) == [
                "content/data/broken.yaml:2:1: error: Invalid YAML: did not find expected node content while parsing a flow node that starts at line 2",
                "content/data/capex.csv:3:11: error: Invalid year '26' for 'year'; use four digits such as 2026",
                "content/data/capex.csv:4:16: error: Invalid amount 'x' for 'amount'; write a number such as 25B, 1.5T, 500M, 750K or 1000000",
                "content/data/capex.csv:4:28: error: Unknown basis 'forecast' for 'basis'; use 'reported' or 'guided'",
                "content/data/companies.json:1:45: error: Unknown kind 'cloud' for 'kind'; use 'cloud-provider', 'model-lab', 'chipmaker' or 'investor'",
                "content/data/companies.json:2:64: error: Unknown key 'hq'; known keys are 'id', 'name' and 'kind'",
                "content/data/sources.yaml:5:8: error: Invalid URL 'ftp://example.org/x' for 'url'; only http and https URLs are allowed",
                "content/data/sources.yaml:6:7: error: Duplicate source id 's1'; it is already used at line 1",
            ])
    }

    @Test func checksCSVCapexRowsForDuplicatesAndReferences() {
        let capex = Fixtures.capex + "amazon,2026,210B,USD,about,guided,amazon-q4-2025-cal\n"
        let files =
            Fixtures.files.filter { $0.stem != "capex" } + [
                DataFile(path: "content/data/capex.csv", text: capex)
            ]
        #expect(
            DealLoader.load(files).diagnostics.map(\.description) == [
                "content/data/capex.csv:4:1: error: Duplicate capex row for 'amazon' in 2026; the first is at line 3",
                "content/data/capex.csv:4:35: error: Unknown source 'amazon-q4-2025-cal' for 'source'; did you mean 'amazon-q4-2025-call'?",
            ])
    }

    @Test func reportsAMissingCSVColumnOncePerRowAndUnknownColumnsOnce() {
        let capex =
            "company,year,amount,currency,qualifier,source,note\namazon,2026,200B,USD,about,amazon-q4-2025-call,x\n"
        let files =
            Fixtures.files.filter { $0.stem != "capex" } + [
                DataFile(path: "content/data/capex.csv", text: capex)
            ]
        #expect(
            DealLoader.load(files).diagnostics.map(\.description) == [
                "content/data/capex.csv:1:47: error: Unknown key 'note'; known keys are 'company', 'year', 'amount', 'currency', 'qualifier', 'basis' and 'source'",
                "content/data/capex.csv:2:1: error: Missing value for key 'basis'",
            ])
    }
}

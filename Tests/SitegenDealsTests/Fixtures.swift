import SitegenData
import SitegenDeals
import SitegenTestSupport

/// A small realistic data folder: the Amazon–Anthropic deal of April 2026 (up to $25B
/// investment, at least $100B of compute over 10 years), a Google deal, and Amazon's capex.
enum Fixtures {
    static let sources = """
        - id: aboutamazon-2026-anthropic
          publisher: Amazon
          title: "Amazon and Anthropic expand strategic collaboration"
          date: 2026-04
          url: https://www.aboutamazon.com/news/company-news/amazon-anthropic
        - id: amazon-q4-2025-call
          publisher: Amazon
          title: Fourth quarter 2025 results conference call
          date: 2026-02-05
        - id: amazon-10k-2024
          publisher: Amazon
          title: Annual report 2024
          date: 2025-02
        - id: press-google-anthropic-2025
          publisher: Press reports
          title: Google to invest further in Anthropic
          date: 2025-10
        """

    static let companies = """
        - id: amazon
          name: Amazon
          kind: cloud-provider
        - id: anthropic
          name: Anthropic
          kind: model-lab
        - id: google
          name: Google
          kind: cloud-provider
        """

    static let capex = """
        company,year,amount,currency,qualifier,basis,source
        amazon,2024,83B,USD,about,reported,amazon-10k-2024
        amazon,2026,200B,USD,about,guided,amazon-q4-2025-call

        """

    static let deals = """
        - id: amazon-anthropic-2026
          announced: 2026-04
          investor: amazon
          investee: anthropic
          status: announced
          investment:
            amount: 25B
            currency: USD
            qualifier: up-to
          commitment:
            amount: 100B
            currency: USD
            qualifier: at-least
            term_years: 10
            provider: amazon
          summary: Amazon invests up to $25B and Anthropic commits to at least $100B of AWS.
          sources: [aboutamazon-2026-anthropic]
        - id: google-anthropic-2025
          announced: 2025-10
          investor: google
          investee: anthropic
          status: reported
          investment:
            amount: 1B
            currency: USD
            qualifier: exact
          summary: Google adds $1B to its stake.
          sources: [press-google-anthropic-2025]
        """

    static let files = [
        DataFile(path: "content/data/sources.yaml", text: sources),
        DataFile(path: "content/data/companies.yaml", text: companies),
        DataFile(path: "content/data/capex.csv", text: capex),
        DataFile(path: "content/data/deals.yaml", text: deals),
    ]

    static func load(_ extra: [DataFile] = []) -> DealLoadResult {
        DealLoader.load(files + extra)
    }

    static func catalog(_ extra: [DataFile] = []) -> FigureCatalog {
        FigureCatalog(dataSet: load(extra).dataSet)
    }
}

/// The diagnostic thrown by `body`, or `nil` when it succeeds.
func thrownDiagnostic<T>(_ body: () throws(DataDiagnostic) -> T) -> DataDiagnostic? {
    thrownError(body)
}

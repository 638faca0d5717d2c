public import SitegenData

/// Everything loaded from `content/data/`: the typed datasets and every dataset as records.
///
/// Arrays keep file order; lookups by id use private indexes and never decide output order.
public struct DealData: Sendable {
    /// The `sources` dataset, in file order.
    public let sources: [Source]
    /// The `companies` dataset, in file order.
    public let companies: [Company]
    /// The `capex` dataset, in file order.
    public let capex: [CapexEntry]
    /// The `deals` dataset, in file order.
    public let deals: [Deal]
    /// Every loaded dataset as plain records (typed ones included), sorted by name.
    public let datasets: [Dataset]

    private let sourceIndex: [String: Int]
    private let companyIndex: [String: Int]
    private let dealIndex: [String: Int]
    private let capexIndex: [String: Int]
    private let datasetIndex: [String: Int]

    /// Creates a data set; the first record wins when an id is used twice.
    public init(
        sources: [Source] = [], companies: [Company] = [], capex: [CapexEntry] = [],
        deals: [Deal] = [], datasets: [Dataset] = []
    ) {
        self.sources = sources
        self.companies = companies
        self.capex = capex
        self.deals = deals
        self.datasets = datasets.sorted { $0.name < $1.name }
        sourceIndex = Self.index(sources.map(\.id))
        companyIndex = Self.index(companies.map(\.id))
        dealIndex = Self.index(deals.map(\.id))
        capexIndex = Self.index(capex.map { Self.capexKey($0.company, $0.year) })
        datasetIndex = Self.index(self.datasets.map(\.name))
    }

    private static func index(_ keys: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (offset, key) in keys.enumerated() where index[key] == nil { index[key] = offset }
        return index
    }

    private static func capexKey(_ company: String, _ year: Int) -> String {
        "\(company)\u{0}\(year)"
    }

    /// The source with an id.
    public func source(id: String) -> Source? { sourceIndex[id].map { sources[$0] } }

    /// The company with an id.
    public func company(id: String) -> Company? { companyIndex[id].map { companies[$0] } }

    /// The deal with an id.
    public func deal(id: String) -> Deal? { dealIndex[id].map { deals[$0] } }

    /// A company's capex row for a year.
    public func capex(company: String, year: Int) -> CapexEntry? {
        capexIndex[Self.capexKey(company, year)].map { capex[$0] }
    }

    /// The dataset named by a file stem.
    public func dataset(named name: String) -> Dataset? { datasetIndex[name].map { datasets[$0] } }

    /// The display name of a company, or its id when unknown.
    public func companyName(_ id: String) -> String { company(id: id)?.name ?? id }

    /// A deal's display name: `Amazon–Anthropic 2026` (investor, en dash, investee, year).
    public func dealName(_ deal: Deal) -> String {
        "\(companyName(deal.investor))\u{2013}\(companyName(deal.investee)) \(deal.announced.year)"
    }
}

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
    /// Each company's deals, by role, grouped in one pass over the deals (file order kept).
    private let dealsByCompany: [String: DealGroups]
    /// The deals of each investor–investee pair, in file order.
    private let dealsByPair: [String: [Int]]
    /// Each company's capex rows, in file order.
    private let capexByCompany: [String: [Int]]
    /// Investor–investee–year keys shared by more than one deal, whose names add the month.
    private let sharedNameKeys: Set<String>

    /// One company's deals: those it is in at all, and those it invested in or received.
    private struct DealGroups: Sendable {
        var involving: [Int] = []
        var asInvestor: [Int] = []
        var asInvestee: [Int] = []
    }

    /// A company's role in a deal, for ``deals(of:as:)``.
    public enum Role: Sendable {
        /// The investor, the investee or the compute provider.
        case any
        /// The company that invested.
        case investor
        /// The company invested in.
        case investee
    }

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
        var nameCounts: [String: Int] = [:]
        for deal in deals { nameCounts[Self.nameKey(deal), default: 0] += 1 }
        sharedNameKeys = Set(nameCounts.filter { $0.value > 1 }.keys)
        capexIndex = Self.index(capex.map { Self.capexKey($0.company, $0.year) })
        datasetIndex = Self.index(self.datasets.map(\.name))
        var groups: [String: DealGroups] = [:]
        var pairs: [String: [Int]] = [:]
        for (offset, deal) in deals.enumerated() {
            for id in deal.companyIDs { groups[id, default: DealGroups()].involving.append(offset) }
            groups[deal.investor, default: DealGroups()].asInvestor.append(offset)
            groups[deal.investee, default: DealGroups()].asInvestee.append(offset)
            pairs[Self.pairKey(deal.investor, deal.investee), default: []].append(offset)
        }
        dealsByCompany = groups
        dealsByPair = pairs
        var capexGroups: [String: [Int]] = [:]
        for (offset, entry) in capex.enumerated() {
            capexGroups[entry.company, default: []].append(offset)
        }
        capexByCompany = capexGroups
    }

    private static func pairKey(_ investor: String, _ investee: String) -> String {
        "\(investor)\u{0}\(investee)"
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

    /// The deals a company takes part in as `role`, in file order.
    public func deals(of company: String, as role: Role = .any) -> [Deal] {
        guard let groups = dealsByCompany[company] else { return [] }
        let offsets: [Int]
        switch role {
        case .any: offsets = groups.involving
        case .investor: offsets = groups.asInvestor
        case .investee: offsets = groups.asInvestee
        }
        return offsets.map { deals[$0] }
    }

    /// The deals in which `investor` invested in `investee`, in file order.
    public func deals(investor: String, investee: String) -> [Deal] {
        (dealsByPair[Self.pairKey(investor, investee)] ?? []).map { deals[$0] }
    }

    /// Each investor–investee pair once, in the order of its first deal.
    public var pairs: [(investor: String, investee: String)] {
        var seen: Set<String> = []
        return deals.compactMap { deal in
            seen.insert(Self.pairKey(deal.investor, deal.investee)).inserted
                ? (deal.investor, deal.investee) : nil
        }
    }

    /// A company's capex rows, in file order.
    public func capex(of company: String) -> [CapexEntry] {
        (capexByCompany[company] ?? []).map { capex[$0] }
    }

    /// The dataset named by a file stem.
    public func dataset(named name: String) -> Dataset? { datasetIndex[name].map { datasets[$0] } }

    /// The display name of a company, or its id when unknown.
    public func companyName(_ id: String) -> String { company(id: id)?.name ?? id }

    /// A deal's display name: `Amazon–Anthropic 2026` (investor, en dash, investee, year).
    ///
    /// When the same two companies made more than one deal in a year, the month tells them
    /// apart: "CoreWeave–OpenAI Mar 2025" and "CoreWeave–OpenAI Sep 2025".
    public func dealName(_ deal: Deal) -> String {
        let pair = "\(companyName(deal.investor))\u{2013}\(companyName(deal.investee))"
        if sharedNameKeys.contains(Self.nameKey(deal)), let month = deal.announced.month {
            return "\(pair) \(CalendarDate.monthNames[month - 1].prefix(3)) \(deal.announced.year)"
        }
        return "\(pair) \(deal.announced.year)"
    }

    private static func nameKey(_ deal: Deal) -> String {
        "\(deal.investor)\u{0}\(deal.investee)\u{0}\(deal.announced.year)"
    }
}

import SitegenData

/// Every figure kind the catalog computes, declared once with its formula, unit and inputs.
///
/// The catalog builder switches over all cases, so a metric added here must be computed.
/// `definition` is the single place its name pattern, formula and unit are written.
public enum Metric: String, Sendable, Hashable, CaseIterable {
    /// `deals.<id>.investment`.
    case dealInvestment
    /// `deals.<id>.investment_firm`.
    case dealInvestmentFirm
    /// `deals.<id>.investment_contingent`.
    case dealInvestmentContingent
    /// `deals.<id>.commitment`.
    case dealCommitment
    /// `deals.<id>.term`.
    case dealTerm
    /// `deals.<id>.announced`.
    case dealAnnounced
    /// `deals.<id>.annual_commitment`.
    case dealAnnualCommitment
    /// `deals.<id>.commitment_multiple`.
    case dealCommitmentMultiple
    /// `deals.<id>.capex_share`.
    case dealCapexShare
    /// `deals.<id>.commitment_capex_share`.
    case dealCommitmentCapexShare
    /// `companies.<id>.capex.<year>`.
    case companyCapex
    /// `companies.<id>.invested`.
    case companyInvested
    /// `companies.<id>.received`.
    case companyReceived
    /// `companies.<id>.committed`.
    case companyCommitted
    /// `companies.<id>.commitments_received`.
    case companyCommitmentsReceived
    /// `companies.<id>.deal_count`.
    case companyDealCount
    /// `pairs.<investor>.<investee>.invested`.
    case pairInvested
    /// `pairs.<investor>.<investee>.committed`.
    case pairCommitted
    /// `totals.invested`.
    case totalInvested
    /// `totals.committed`.
    case totalCommitted
    /// `totals.deal_count`.
    case totalDealCount

    /// The metric's name pattern, formula, unit and inputs.
    public var definition: MetricDefinition {
        switch self {
        case .dealInvestment:
            return .init(
                self, "deals.<id>.investment", "equity investment", "reported", "money", [])
        case .dealInvestmentFirm:
            return .init(
                self, "deals.<id>.investment_firm", "investment paid or committed at signing",
                "reported", "money", [])
        case .dealInvestmentContingent:
            return .init(
                self, "deals.<id>.investment_contingent",
                "investment that depends on later conditions", "investment − firm part",
                "money", ["deals.<id>.investment", "deals.<id>.investment_firm"])
        case .dealCommitment:
            return .init(
                self, "deals.<id>.commitment", "compute commitment", "reported", "money", [])
        case .dealTerm:
            return .init(self, "deals.<id>.term", "commitment term", "reported", "years", [])
        case .dealAnnounced:
            return .init(self, "deals.<id>.announced", "announcement date", "reported", "date", [])
        case .dealAnnualCommitment:
            return .init(
                self, "deals.<id>.annual_commitment", "straight-line run-rate of the commitment",
                "commitment ÷ term", "money per year", ["deals.<id>.commitment", "deals.<id>.term"])
        case .dealCommitmentMultiple:
            return .init(
                self, "deals.<id>.commitment_multiple", "commitment per dollar invested",
                "commitment ÷ investment", "multiple",
                ["deals.<id>.commitment", "deals.<id>.investment"])
        case .dealCapexShare:
            return .init(
                self, "deals.<id>.capex_share",
                "investment as a share of the investor's capex in the announcement year",
                "investment ÷ investor's capex in the announcement year", "share",
                ["deals.<id>.investment", "companies.<investor>.capex.<year>"])
        case .dealCommitmentCapexShare:
            return .init(
                self, "deals.<id>.commitment_capex_share",
                "annual commitment as a share of the provider's capex in the announcement year",
                "annual commitment ÷ provider's capex in the announcement year", "share",
                ["deals.<id>.annual_commitment", "companies.<provider>.capex.<year>"])
        case .companyCapex:
            return .init(
                self, "companies.<id>.capex.<year>", "capital spending in a year", "reported",
                "money", [])
        case .companyInvested:
            return .init(
                self, "companies.<id>.invested", "total equity invested in others",
                "sum of investment where the company is the investor", "money",
                ["deals.<id>.investment"])
        case .companyReceived:
            return .init(
                self, "companies.<id>.received", "total equity received",
                "sum of investment where the company is the investee", "money",
                ["deals.<id>.investment"])
        case .companyCommitted:
            return .init(
                self, "companies.<id>.committed", "total compute committed to providers",
                "sum of commitment where the company is the investee", "money",
                ["deals.<id>.commitment"])
        case .companyCommitmentsReceived:
            return .init(
                self, "companies.<id>.commitments_received",
                "total compute commitments received as provider",
                "sum of commitment where the company is the provider", "money",
                ["deals.<id>.commitment"])
        case .companyDealCount:
            return .init(
                self, "companies.<id>.deal_count", "number of deals the company is part of",
                "count of deals naming the company as investor, investee or provider", "count", [])
        case .pairInvested:
            return .init(
                self, "pairs.<investor>.<investee>.invested",
                "total equity from investor to investee",
                "sum of investment in the pair's deals", "money", ["deals.<id>.investment"])
        case .pairCommitted:
            return .init(
                self, "pairs.<investor>.<investee>.committed",
                "total commitment from investee to the investor's cloud",
                "sum of commitment in the pair's deals where the investor is the provider", "money",
                ["deals.<id>.commitment"])
        case .totalInvested:
            return .init(
                self, "totals.invested", "equity invested across all deals", "sum of investment",
                "money", ["deals.<id>.investment"])
        case .totalCommitted:
            return .init(
                self, "totals.committed", "compute committed across all deals", "sum of commitment",
                "money", ["deals.<id>.commitment"])
        case .totalDealCount:
            return .init(
                self, "totals.deal_count", "number of deals", "count of deals", "count", [])
        }
    }
}

/// What a metric is: its name pattern, meaning, formula, unit and inputs.
public struct MetricDefinition: Sendable, Hashable {
    /// The metric.
    public let metric: Metric
    /// The figure name pattern, such as `deals.<id>.annual_commitment`.
    public let pattern: String
    /// What the figure is, in a few words.
    public let summary: String
    /// The formula in words, such as `commitment ÷ term`; `reported` for figures read from data.
    public let formula: String
    /// The unit in words: `money`, `money per year`, `multiple`, `share`, `years`, `count`
    /// or `date`.
    public let unit: String
    /// The name patterns of the figures it reads.
    public let inputs: [String]

    init(
        _ metric: Metric, _ pattern: String, _ summary: String, _ formula: String, _ unit: String,
        _ inputs: [String]
    ) {
        self.metric = metric
        self.pattern = pattern
        self.summary = summary
        self.formula = formula
        self.unit = unit
        self.inputs = inputs
    }

    /// Whether the figure is computed from other figures rather than read from data.
    public var isDerived: Bool { formula != "reported" }

    /// Every metric's definition, in declaration order.
    public static var all: [MetricDefinition] { Metric.allCases.map(\.definition) }
}

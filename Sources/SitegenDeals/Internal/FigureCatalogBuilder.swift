import Foundation
import SitegenData
import SitegenSupport

/// One computed figure before formatting.
struct FigureEntry: Sendable {
    var metric: Metric
    var value: Figure.Value
    var explanation: String
    var sources: [String]
}

/// A named figure: computed, or known but not computable, with the reason.
enum FigureSlot: Sendable {
    case available(FigureEntry)
    case unavailable(Metric, reason: String)
}

/// Computes every figure of a data set, metric by metric.
struct FigureCatalogBuilder {
    let dataSet: DealData
    private(set) var slots: [String: FigureSlot] = [:]
    private(set) var order: [String] = []

    init(dataSet: DealData) {
        self.dataSet = dataSet
        for metric in Metric.allCases { compute(metric) }
    }

    private mutating func set(_ name: String, _ slot: FigureSlot) {
        if slots[name] == nil { order.append(name) }
        slots[name] = slot
    }

    private mutating func compute(_ metric: Metric) {
        switch metric {
        case .dealInvestment, .dealInvestmentFirm, .dealInvestmentContingent, .dealCommitment,
            .dealTerm, .dealAnnounced, .dealAnnualCommitment,
            .dealCommitmentMultiple, .dealCapexShare, .dealCommitmentCapexShare:
            for deal in dataSet.deals {
                set("deals.\(deal.id).\(Self.suffix(metric))", dealFigure(metric, deal))
            }
        case .companyCapex:
            for entry in dataSet.capex {
                let bounds = entry.amount.bounds
                let unit = FigureUnit.money(currency: entry.amount.money.currency)
                let text = QuantityFormatter.text(bounds, unit: unit, variant: .standard)
                set(
                    "companies.\(entry.company).capex.\(entry.year)",
                    .available(
                        FigureEntry(
                            metric: metric, value: .quantity(bounds, unit),
                            explanation:
                                "\(text) \(dataSet.companyName(entry.company)) capex in \(entry.year), \(entry.basis.rawValue)",
                            sources: [entry.source])))
            }
        case .companyInvested, .companyReceived, .companyCommitted, .companyCommitmentsReceived:
            for company in dataSet.companies {
                set("companies.\(company.id).\(Self.suffix(metric))", companyTotal(metric, company))
            }
        case .companyDealCount:
            for company in dataSet.companies {
                let deals = dataSet.deals(of: company.id)
                set(
                    "companies.\(company.id).deal_count",
                    count(metric, deals, "deals involving \(company.name)"))
            }
        case .pairInvested, .pairCommitted:
            for (investor, investee) in dataSet.pairs {
                let deals = dataSet.deals(investor: investor, investee: investee)
                let name = "pairs.\(investor).\(investee).\(Self.suffix(metric))"
                if metric == .pairInvested {
                    set(
                        name,
                        sum(
                            metric, deals.compactMap(Self.investmentTerm),
                            noun: "investment"))
                } else {
                    let terms = deals.compactMap { deal in
                        deal.commitment.flatMap {
                            $0.provider == investor ? (deal, $0.amount) : nil
                        }
                    }
                    let reason =
                        "no deal of \(dataSet.companyName(investor)) and \(dataSet.companyName(investee)) has a commitment paid to \(dataSet.companyName(investor))"
                    set(
                        name,
                        terms.isEmpty
                            ? .unavailable(metric, reason: reason)
                            : sum(metric, terms, noun: "commitment"))
                }
            }
        case .totalInvested:
            set(
                "totals.invested",
                sum(
                    metric, dataSet.deals.compactMap(Self.investmentTerm),
                    noun: "investment"))
        case .totalCommitted:
            set(
                "totals.committed",
                sum(
                    metric, dataSet.deals.compactMap { d in d.commitment.map { (d, $0.amount) } },
                    noun: "commitment"))
        case .totalDealCount:
            set("totals.deal_count", count(metric, dataSet.deals, "deals"))
        }
    }

    /// The last part of a figure name for a metric.
    static func suffix(_ metric: Metric) -> String {
        metric.definition.pattern.split(separator: ".").last.map(String.init) ?? ""
    }

    // MARK: Deals

    private func dealFigure(_ metric: Metric, _ deal: Deal) -> FigureSlot {
        if metric == .dealAnnounced {
            return .available(
                FigureEntry(
                    metric: metric, value: .date(deal.announced),
                    explanation: "announced \(deal.announced.formatted), as reported",
                    sources: deal.sources))
        }
        let figures = DealFigures(deal: deal, dataSet: dataSet)
        switch figures.compute(metric) {
        case .success(let computed):
            guard computed.bounds.isKnown else {
                return .unavailable(metric, reason: "\(computed.explanation) gives no usable bound")
            }
            return .available(
                FigureEntry(
                    metric: metric, value: .quantity(computed.bounds, computed.unit),
                    explanation: computed.explanation, sources: computed.sources))
        case .failure(let reason):
            return .unavailable(metric, reason: reason.text)
        }
    }

    // MARK: Totals

    private func companyTotal(_ metric: Metric, _ company: Company) -> FigureSlot {
        switch metric {
        case .companyInvested:
            let terms = dataSet.deals(of: company.id, as: .investor).compactMap(Self.investmentTerm)
            return terms.isEmpty
                ? .unavailable(
                    metric, reason: "\(company.name) made no investments in the deals data")
                : sum(metric, terms, noun: "investment")
        case .companyReceived:
            let terms = dataSet.deals(of: company.id, as: .investee).compactMap(Self.investmentTerm)
            return terms.isEmpty
                ? .unavailable(
                    metric, reason: "\(company.name) received no investments in the deals data")
                : sum(metric, terms, noun: "investment")
        case .companyCommitted:
            let terms = dataSet.deals(of: company.id, as: .investee).compactMap { d in
                d.commitment.map { (d, $0.amount) }
            }
            return terms.isEmpty
                ? .unavailable(
                    metric, reason: "\(company.name) made no compute commitments in the deals data")
                : sum(metric, terms, noun: "commitment")
        default:
            let terms = dataSet.deals(of: company.id).compactMap { d in
                d.commitment.flatMap { $0.provider == company.id ? (d, $0.amount) : nil }
            }
            return terms.isEmpty
                ? .unavailable(
                    metric,
                    reason: "\(company.name) received no compute commitments in the deals data")
                : sum(metric, terms, noun: "commitment")
        }
    }

    /// A deal's investment as a term of a sum: its amount, nil when it was not disclosed, or
    /// no term when the deal has no investment.
    private static func investmentTerm(_ deal: Deal) -> (Deal, QualifiedMoney?)? {
        deal.investment != nil || deal.investmentUndisclosed ? (deal, deal.investment) : nil
    }

    /// The sum of amounts by bounds arithmetic; an undisclosed amount (nil) keeps the floor
    /// of the others and takes away the ceiling.
    private func sum(_ metric: Metric, _ terms: [(Deal, QualifiedMoney?)], noun: String)
        -> FigureSlot
    {
        guard let first = terms.compactMap(\.1).first else {
            return .unavailable(
                metric,
                reason: terms.isEmpty
                    ? "no deal has \(noun == "investment" ? "an" : "a") \(noun)"
                    : "no \(noun) amount was disclosed")
        }
        let currencies = terms.compactMap(\.1?.money.currency)
        var distinct: [String] = []
        for currency in currencies.sorted() where distinct.last != currency {
            distinct.append(currency)
        }
        guard distinct.count == 1 else {
            return .unavailable(
                metric,
                reason:
                    "the \(noun) amounts mix currencies \(Quoting.list(distinct, conjunction: "and"))"
            )
        }
        let unit = FigureUnit.money(currency: first.money.currency)
        let bounds = Bounds.sum(terms.map { $0.1?.bounds ?? Bounds(lower: nil, upper: nil) })
        let parts = terms.map { deal, money in
            let amount =
                money.map { QuantityFormatter.text($0.bounds, unit: unit, variant: .standard) }
                ?? "undisclosed"
            return "\(amount) (\(deal.id))"
        }
        let explanation: String
        if terms.count == 1 {
            explanation = "\(noun) in one deal: \(parts[0])"
        } else if terms.count <= 5 {
            explanation =
                "sum of \(noun) in \(terms.count) deals: " + parts.joined(separator: " + ")
        } else {
            explanation = "sum of \(noun) in \(terms.count) deals"
        }
        guard bounds.isKnown else {
            return .unavailable(metric, reason: "\(explanation) gives no usable bound")
        }
        return .available(
            FigureEntry(
                metric: metric, value: .quantity(bounds, unit), explanation: explanation,
                sources: Self.union(terms.map(\.0.sources))))
    }

    private func count(_ metric: Metric, _ deals: [Deal], _ what: String) -> FigureSlot {
        .available(
            FigureEntry(
                metric: metric, value: .quantity(.exact(Decimal(deals.count)), .count),
                explanation: "number of \(what): \(deals.count)",
                sources: Self.union(deals.map(\.sources))))
    }

    /// Source ids in order of first use, each once.
    static func union(_ lists: [[String]]) -> [String] {
        var seen: Set<String> = []
        return lists.joined().filter { seen.insert($0).inserted }
    }
}

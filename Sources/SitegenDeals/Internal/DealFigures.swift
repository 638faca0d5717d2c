import Foundation
import SitegenData

/// Why a deal figure is not available.
struct Unavailable: Error {
    var text: String
}

/// A deal's figures as bounds, with their explanation and sources.
struct DealFigures {
    struct Computed {
        var bounds: Bounds
        var unit: FigureUnit
        var explanation: String
        var sources: [String]
    }

    let deal: Deal
    let dataSet: DealData

    private func text(_ bounds: Bounds, _ unit: FigureUnit) -> String {
        QuantityFormatter.text(bounds, unit: unit, variant: .standard)
    }

    func compute(_ metric: Metric) -> Result<Computed, Unavailable> {
        switch metric {
        case .dealInvestment: return investment()
        case .dealInvestmentFirm: return investmentPart(firm: true)
        case .dealInvestmentContingent: return investmentPart(firm: false)
        case .dealCommitment: return commitment()
        case .dealTerm: return term()
        case .dealAnnualCommitment: return annualCommitment()
        case .dealCommitmentMultiple: return multiple()
        case .dealCapexShare: return capexShare()
        case .dealCommitmentCapexShare: return commitmentCapexShare()
        default: return .failure(Unavailable(text: "not a deal figure"))
        }
    }

    private func investment() -> Result<Computed, Unavailable> {
        guard let investment = deal.investment else {
            return .failure(Unavailable(text: missingInvestment))
        }
        let unit = FigureUnit.money(currency: investment.money.currency)
        return .success(
            Computed(
                bounds: investment.bounds, unit: unit,
                explanation: investment.firmBounds.map {
                    "\(text($0, unit)) at signing, \(text(Bounds(investment.money.amount, qualifier: investment.qualifier), unit)) in all, as reported"
                } ?? "\(text(investment.bounds, unit)) investment, as reported",
                sources: deal.sources))
    }

    private var missingInvestment: String {
        deal.investmentUndisclosed
            ? "the amount of the investment in deal '\(deal.id)' was not disclosed ('investment: undisclosed')"
            : "deal '\(deal.id)' has no investment"
    }

    /// The firm part of the investment, or the contingent rest.
    private func investmentPart(firm: Bool) -> Result<Computed, Unavailable> {
        guard let investment = deal.investment else {
            return .failure(Unavailable(text: missingInvestment))
        }
        guard let firmPart = investment.firmBounds, let rest = investment.contingentBounds else {
            return .failure(
                Unavailable(
                    text:
                        "deal '\(deal.id)' records no firm part of its investment ('investment.firm')"
                ))
        }
        let unit = FigureUnit.money(currency: investment.money.currency)
        let whole = Bounds(investment.money.amount, qualifier: investment.qualifier)
        if firm {
            return .success(
                Computed(
                    bounds: firmPart, unit: unit,
                    explanation: "\(text(firmPart, unit)) at signing, as reported",
                    sources: deal.sources))
        }
        return .success(
            Computed(
                bounds: rest, unit: unit,
                explanation:
                    "\(text(whole, unit)) in all − \(text(firmPart, unit)) at signing, on later conditions",
                sources: deal.sources))
    }

    private func commitment() -> Result<Computed, Unavailable> {
        guard let commitment = deal.commitment else {
            return .failure(Unavailable(text: "deal '\(deal.id)' has no commitment"))
        }
        let unit = FigureUnit.money(currency: commitment.amount.money.currency)
        return .success(
            Computed(
                bounds: commitment.amount.bounds, unit: unit,
                explanation: "\(text(commitment.amount.bounds, unit)) commitment, as reported",
                sources: deal.sources))
    }

    private func term() -> Result<Computed, Unavailable> {
        guard let commitment = deal.commitment else {
            return .failure(Unavailable(text: "deal '\(deal.id)' has no commitment"))
        }
        guard let years = commitment.termYears else {
            return .failure(
                Unavailable(
                    text: "deal '\(deal.id)' has no commitment term ('commitment.term_years')"))
        }
        let bounds = Bounds.exact(years)
        return .success(
            Computed(
                bounds: bounds, unit: .years,
                explanation: "commitment term of \(text(bounds, .years)), as reported",
                sources: deal.sources))
    }

    private func annualCommitment() -> Result<Computed, Unavailable> {
        let commitment: Computed
        let term: Computed
        switch (self.commitment(), self.term()) {
        case (.success(let c), .success(let t)):
            commitment = c
            term = t
        case (.failure(let reason), _), (_, .failure(let reason)):
            return .failure(reason)
        }
        guard let currency = commitment.unit.currency else {
            return .failure(Unavailable(text: "the commitment has no currency"))
        }
        return .success(
            Computed(
                bounds: commitment.bounds.divided(by: term.bounds),
                unit: .moneyPerYear(currency: currency),
                explanation:
                    "\(text(commitment.bounds, commitment.unit)) commitment ÷ \(text(term.bounds, .years))",
                sources: deal.sources))
    }

    private func multiple() -> Result<Computed, Unavailable> {
        let commitment: Computed
        let investment: Computed
        switch (self.commitment(), self.investment()) {
        case (.success(let c), .success(let i)):
            commitment = c
            investment = i
        case (.failure(let reason), _), (_, .failure(let reason)):
            return .failure(reason)
        }
        guard commitment.unit == investment.unit else {
            return .failure(
                Unavailable(
                    text:
                        "the commitment is in \(commitment.unit.name) and the investment in \(investment.unit.name)"
                ))
        }
        return .success(
            Computed(
                bounds: commitment.bounds.divided(by: investment.bounds), unit: .multiple,
                explanation:
                    "\(text(commitment.bounds, commitment.unit)) commitment ÷ \(text(investment.bounds, investment.unit)) investment",
                sources: deal.sources))
    }

    private func capexShare() -> Result<Computed, Unavailable> {
        let investment: Computed
        switch self.investment() {
        case .success(let value): investment = value
        case .failure(let reason): return .failure(reason)
        }
        return share(
            of: investment, label: "investment", company: deal.investor)
    }

    private func commitmentCapexShare() -> Result<Computed, Unavailable> {
        let annual: Computed
        switch annualCommitment() {
        case .success(let value): annual = value
        case .failure(let reason): return .failure(reason)
        }
        guard let provider = deal.commitment?.provider else {
            return .failure(Unavailable(text: "deal '\(deal.id)' has no commitment"))
        }
        let labelled = Computed(
            bounds: annual.bounds, unit: annual.unit,
            explanation: "(\(annual.explanation))", sources: annual.sources)
        return share(of: labelled, label: "", company: provider)
    }

    /// `part` ÷ the company's capex in the announcement year, as a share.
    private func share(of part: Computed, label: String, company: String)
        -> Result<Computed, Unavailable>
    {
        let year = deal.announced.year
        guard let capex = dataSet.capex(company: company, year: year) else {
            return .failure(Unavailable(text: "there is no capex row for '\(company)' in \(year)"))
        }
        let capexUnit = FigureUnit.money(currency: capex.amount.money.currency)
        guard part.unit.currency == capexUnit.currency else {
            return .failure(
                Unavailable(
                    text:
                        "the \(label.isEmpty ? "commitment" : label) is in \(part.unit.currency ?? "") and the capex in \(capexUnit.name)"
                ))
        }
        let partText =
            label.isEmpty ? part.explanation : "\(text(part.bounds, part.unit)) \(label)"
        let capexText =
            "\(text(capex.amount.bounds, capexUnit)) \(dataSet.companyName(company)) capex in \(year)"
        return .success(
            Computed(
                bounds: part.bounds.divided(by: capex.amount.bounds), unit: .share,
                explanation: "\(partText) ÷ \(capexText)",
                sources: FigureCatalogBuilder.union([deal.sources, [capex.source]])))
    }
}

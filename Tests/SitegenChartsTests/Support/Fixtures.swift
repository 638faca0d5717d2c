import Foundation
import SitegenCharts

/// Deal data for chart tests. Amounts follow the report's dataset; they are illustrative
/// placeholders for layout, not checked against filings.
enum Fixtures {
    /// US dollars from a billions string such as "13.75".
    static func usd(_ billions: String, _ qualifier: ChartQualifier = .exact, derived: Bool = false,
        perYear: Bool = false, working: String? = nil) -> ChartCell
    {
        let value = (Decimal(string: billions) ?? 0) * Decimal(1_000_000_000)
        return .number(ChartNumber(value: value, unit: .money(currency: "USD"), qualifier: qualifier,
            derived: derived, perYear: perYear, working: working))
    }

    /// A plain number cell in a unit.
    static func number(_ text: String, _ unit: ChartUnit, _ qualifier: ChartQualifier = .exact) -> ChartCell {
        .number(ChartNumber(value: Decimal(string: text) ?? 0, unit: unit, qualifier: qualifier))
    }

    /// Headline equity investment by deal.
    static let investments = ChartTable(columns: ["deal", "investment"], rows: [
        [.text("Microsoft → OpenAI (2019)"), usd("1")],
        [.text("Microsoft → OpenAI (2023)"), usd("10", .about)],
        [.text("Amazon → Anthropic (2023)"), usd("4")],
        [.text("Google → Anthropic (2023)"), usd("2", .upTo)],
        [.text("Amazon → Anthropic (2024)"), usd("4")],
        [.text("Microsoft → Anthropic (2025)"), usd("5", .upTo)],
        [.text("Amazon → OpenAI (2026)"), usd("50", .upTo)],
        [.text("Amazon → Anthropic (2026)"), usd("25", .upTo)],
    ])

    static let barSpec: ChartInput = [
        "type": "bar", "title": "Amazon’s two 2026 bets dwarf earlier AI stakes",
        "subtitle": "Headline equity investment by deal, US$ billions; ‘up to’ amounts include contingent tranches",
        "source": "Company announcements and press reports", "data": "deals",
        "label": "deal", "value": "investment", "highlight": "Amazon → Anthropic (2026)",
    ]

    /// Annual run-rate of compute commitments against Amazon's 2026 capex guidance.
    static let runRates = ChartTable(columns: ["deal", "annual_commitment"], rows: [
        [.text("Oracle ← OpenAI"), usd("60", .about, derived: true, perYear: true, working: "about $300B ÷ 5 yrs, straight-line")],
        [.text("Amazon ← OpenAI (2026)"), usd("12.5", derived: true, perYear: true, working: "$100B ÷ 8 yrs, straight-line")],
        [.text("Amazon ← Anthropic (2026)"), usd("10", .atLeast, derived: true, perYear: true, working: "at least $100B ÷ 10 yrs, straight-line")],
        [.text("Amazon ← OpenAI (2025)"), usd("5.43", derived: true, perYear: true, working: "$38B ÷ 7 yrs, straight-line")],
        [.text("CoreWeave ← OpenAI"), usd("2.38", .upTo, derived: true, perYear: true, working: "up to $11.9B ÷ 5 yrs, straight-line")],
    ])

    static let runRateSpec: ChartInput = [
        "type": "bar", "title": "Even the biggest commitments are small next to capex",
        "subtitle": "Compute commitment per year of term (straight-line), US$ billions",
        "source": "Company announcements; sitegen calculations", "data": "deals",
        "label": "deal", "value": "annual_commitment",
        "reference": ["value": 200_000_000_000, "label": "Amazon 2026 capex guidance ~$200B"],
    ]

    /// Investment next to compute commitment.
    static let investVsCommit = ChartTable(columns: ["deal", "investment", "commitment"], rows: [
        [.text("Amazon → Anthropic (2026)"), usd("25", .upTo), usd("100", .atLeast)],
        [.text("Amazon → OpenAI (2026)"), usd("50", .upTo), usd("100")],
        [.text("Microsoft → Anthropic (2025)"), usd("5", .upTo), usd("30")],
        [.text("Google → Anthropic (2023)"), usd("2", .upTo), usd("3", .atLeast)],
    ])

    static let groupedSpec: ChartInput = [
        "type": "grouped-bar", "title": "Labs commit back far more than they receive",
        "subtitle": "Equity investment vs cloud-compute commitment, US$ billions",
        "source": "Company announcements", "label": "deal",
        "series": [["field": "investment", "name": "Investment"], ["field": "commitment", "name": "Commitment"]],
    ]

    /// Firm and contingent tranches.
    static let tranches = ChartTable(columns: ["deal", "firm", "contingent"], rows: [
        [.text("Amazon → OpenAI (2026)"), usd("15"), usd("35")],
        [.text("Amazon → Anthropic (2026)"), usd("5"), usd("20")],
        [.text("Microsoft → Anthropic (2025)"), usd("2"), usd("3")],
        [.text("Amazon → Anthropic (2023)"), usd("4"), .missing],
    ])

    static let stackedSpec: ChartInput = [
        "type": "stacked-bar", "title": "Most of the 2026 money is contingent",
        "subtitle": "Headline investment split into firm and contingent tranches, US$ billions (illustrative split)",
        "label": "deal", "series": [["field": "firm", "name": "Firm"], ["field": "contingent", "name": "Contingent"]],
    ]

    /// Hyperscaler capex by year; 2026 is guidance.
    static let capex = ChartTable(columns: ["company", "year", "amount", "basis"], rows: [
        [.text("Amazon"), .year(2023), usd("52.7", .about), .text("reported")],
        [.text("Amazon"), .year(2024), usd("83", .about), .text("reported")],
        [.text("Amazon"), .year(2025), usd("131.8", .about), .text("reported")],
        [.text("Amazon"), .year(2026), usd("200", .about), .text("guided")],
        [.text("Google"), .year(2023), usd("32.3", .about), .text("reported")],
        [.text("Google"), .year(2024), usd("52.5", .about), .text("reported")],
        [.text("Google"), .year(2025), usd("91.4", .about), .text("reported")],
        [.text("Google"), .year(2026), usd("185", .upTo), .text("guided")],
        [.text("Meta"), .year(2023), usd("28.1", .about), .text("reported")],
        [.text("Meta"), .year(2024), usd("39.2", .about), .text("reported")],
        [.text("Meta"), .year(2025), usd("72.2", .about), .text("reported")],
        [.text("Meta"), .year(2026), usd("135", .upTo), .text("guided")],
    ])

    static let lineSpec: ChartInput = [
        "type": "line", "title": "Capex keeps climbing, and 2026 guidance is steeper still",
        "subtitle": "Capital expenditure, US$ billions, 2023–2026; 2026 is company guidance",
        "source": "Company filings and earnings calls", "data": "capex",
        "x": "year", "y": "amount", "group": "company", "forecast": ["field": "basis", "value": "guided"],
    ]

    static let areaSpec: ChartInput = [
        "type": "area", "title": "Amazon’s capex has almost quadrupled since 2023",
        "subtitle": "Amazon capital expenditure, US$ billions; 2026 is guidance",
        "data": "capex", "filter": "company == amazon",
        "x": "year", "y": "amount", "forecast": ["field": "basis", "value": "guided"],
    ]

    static var amazonCapex: ChartTable {
        ChartTable(columns: capex.columns, rows: capex.rows.filter { $0.first == .text("Amazon") })
    }

    /// Deal announcements.
    static let announcements = ChartTable(columns: ["announced", "investor", "investee", "amount"], rows: [
        [.date(year: 2019, month: 7, day: 22), .text("Microsoft"), .text("OpenAI"), usd("1")],
        [.date(year: 2023, month: 1, day: 23), .text("Microsoft"), .text("OpenAI"), usd("10", .about)],
        [.date(year: 2023, month: 9, day: 25), .text("Amazon"), .text("Anthropic"), usd("4")],
        [.date(year: 2023, month: 10, day: nil), .text("Google"), .text("Anthropic"), usd("2", .upTo)],
        [.date(year: 2024, month: 11, day: 22), .text("Amazon"), .text("Anthropic"), usd("4")],
        [.date(year: 2025, month: 1, day: 22), .text("Google"), .text("Anthropic"), usd("1", .about)],
        [.date(year: 2025, month: 11, day: 18), .text("Microsoft"), .text("Anthropic"), usd("5", .upTo)],
        [.date(year: 2026, month: 2, day: nil), .text("Amazon"), .text("OpenAI"), usd("50", .upTo)],
        [.date(year: 2026, month: 4, day: 20), .text("Amazon"), .text("Anthropic"), usd("25", .upTo)],
    ])

    static let timelineSpec: ChartInput = [
        "type": "timeline", "title": "The deals came faster from 2023",
        "subtitle": "Announced equity investments in AI labs by investor, 2019–2026; dot area = headline amount",
        "date": "announced", "lane": "investor", "label": "investee", "size": "amount",
    ]

    /// Investment vs commitment with term.
    static let bubbles = ChartTable(columns: ["deal", "investment", "commitment", "term"], rows: [
        [.text("Amazon → Anthropic (2026)"), usd("25", .upTo), usd("100", .atLeast), number("10", .years)],
        [.text("Amazon → OpenAI (2026)"), usd("50", .upTo), usd("100"), number("8", .years)],
        [.text("Microsoft → Anthropic (2025)"), usd("5", .upTo), usd("30"), number("5", .years)],
        [.text("Google → Anthropic (2023)"), usd("2", .upTo), usd("3", .atLeast), number("4", .years)],
    ])

    static let scatterSpec: ChartInput = [
        "type": "scatter", "title": "Every dollar invested comes back as several in compute",
        "subtitle": "Equity invested (x) vs compute committed (y), US$ billions; bubble area = term in years; dashed lines = 1×, 4× and 10× the investment",
        "x": "investment", "y": "commitment", "size": "term", "label": "deal",
    ]

    /// The round trip: equity out, commitment back.
    static let roundTrip = ChartTable(columns: ["step", "amount", "kind"], rows: [
        [.text("Equity invested by Amazon"), usd("-25", .upTo), .text("")],
        [.text("Compute commitment back to AWS"), usd("100", .atLeast), .text("")],
    ])

    static let waterfallSpec: ChartInput = [
        "type": "waterfall", "title": "Amazon gets its Anthropic stake back four times over",
        "subtitle": "Amazon–Anthropic 2026: equity out and compute commitment back, US$ billions, over 10 years",
        "note": "Commitment is revenue to AWS over the term, not profit",
        "label": "step", "value": "amount", "total": "kind", "total_label": "Net flow to Amazon",
    ]
}

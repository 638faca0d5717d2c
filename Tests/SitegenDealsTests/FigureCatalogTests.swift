import SitegenData
import SitegenSupport
import Testing

@testable import SitegenDeals

@Suite struct FigureCatalogTests {
    let catalog = Fixtures.catalog()

    @Test(arguments: [
        (
            "deals.amazon-anthropic-2026.investment", "up to $25B", "≤$25B", "up to $25 billion",
            "..25000000000"
        ),
        (
            "deals.amazon-anthropic-2026.commitment", "at least $100B", "≥$100B",
            "at least $100 billion", "100000000000.."
        ),
        ("deals.amazon-anthropic-2026.term", "10 years", "10 yr", "10 years", "10"),
        (
            "deals.amazon-anthropic-2026.announced", "April 2026", "Apr 2026", "April 2026",
            "2026-04"
        ),
        (
            "deals.amazon-anthropic-2026.annual_commitment", "at least $10B a year", "≥$10B/yr",
            "at least $10 billion a year", "10000000000.."
        ),
        (
            "deals.amazon-anthropic-2026.commitment_multiple", "at least 4×", "≥4×",
            "at least 4 times", "4.."
        ),
        (
            "deals.amazon-anthropic-2026.capex_share", "up to about 12.5%", "≤~12.5%",
            "up to about 12.5 percent", "..0.125"
        ),
        (
            "deals.amazon-anthropic-2026.commitment_capex_share", "at least about 5%", "≥~5%",
            "at least about 5 percent", "0.05.."
        ),
        (
            "companies.amazon.capex.2026", "about $200B", "~$200B", "about $200 billion",
            "200000000000"
        ),
        ("companies.amazon.invested", "up to $25B", "≤$25B", "up to $25 billion", "..25000000000"),
        (
            "companies.anthropic.received", "$1B to $26B", "$1B–$26B", "$1 billion to $26 billion",
            "1000000000..26000000000"
        ),
        (
            "companies.anthropic.committed", "at least $100B", "≥$100B", "at least $100 billion",
            "100000000000.."
        ),
        (
            "companies.amazon.commitments_received", "at least $100B", "≥$100B",
            "at least $100 billion", "100000000000.."
        ),
        ("companies.anthropic.deal_count", "2", "2", "2", "2"),
        (
            "pairs.amazon.anthropic.invested", "up to $25B", "≤$25B", "up to $25 billion",
            "..25000000000"
        ),
        (
            "pairs.amazon.anthropic.committed", "at least $100B", "≥$100B", "at least $100 billion",
            "100000000000.."
        ),
        (
            "totals.invested", "$1B to $26B", "$1B–$26B", "$1 billion to $26 billion",
            "1000000000..26000000000"
        ),
        ("totals.committed", "at least $100B", "≥$100B", "at least $100 billion", "100000000000.."),
        ("totals.deal_count", "2", "2", "2", "2"),
    ])
    func writesEveryVariantOfEachFigure(
        name: String, standard: String, short: String, long: String, machine: String
    ) throws {
        #expect(try catalog.figure(named: name).text == standard)
        #expect(try catalog.figure(named: name, variant: .short).text == short)
        #expect(try catalog.figure(named: name, variant: .long).text == long)
        #expect(try catalog.figure(named: name).machineValue == machine)
    }

    @Test func explainsDerivedFiguresWithTheirInputsAndSources() throws {
        let annual = try catalog.figure(named: "deals.amazon-anthropic-2026.annual_commitment")
        #expect(annual.formula == "commitment ÷ term")
        #expect(annual.explanation == "at least $100B commitment ÷ 10 years")
        #expect(annual.qualifier == .atLeast)
        #expect(annual.unit == .moneyPerYear(currency: "USD"))
        #expect(annual.sources.map(\.id) == ["aboutamazon-2026-anthropic"])
        let share = try catalog.figure(named: "deals.amazon-anthropic-2026.capex_share")
        #expect(share.explanation == "up to $25B investment ÷ about $200B Amazon capex in 2026")
        #expect(share.sources.map(\.id) == ["aboutamazon-2026-anthropic", "amazon-q4-2025-call"])
        #expect(share.isApproximate)
        let received = try catalog.figure(named: "companies.anthropic.received")
        #expect(
            received.explanation
                == "sum of investment in 2 deals: up to $25B (amazon-anthropic-2026) + $1B (google-anthropic-2025)"
        )
        #expect(received.qualifier == .between)
    }

    @Test(arguments: [
        ("deals.amazon-anthropic-2026.term:number", "10"),
        ("deals.google-anthropic-2025.investment:number", "1,000,000,000"),
        ("totals.deal_count:number", "2"),
        ("deals.amazon-anthropic-2026.announced:number", "2026-04"),
        ("deals.amazon-anthropic-2026.annual_commitment:long", "at least $10 billion a year"),
        ("deals.amazon-anthropic-2026.annual_commitment", "at least $10B a year"),
        ("deals.amazon-anthropic-2026.annual_commitment:", "at least $10B a year"),
    ])
    func readsReferencesWithVariants(reference: String, text: String) throws {
        #expect(try catalog.figure(reference: reference).text == text)
    }

    @Test(arguments: [
        (
            "deals.amazon-anthropic-2026.anual_commitment",
            "error: Unknown figure 'deals.amazon-anthropic-2026.anual_commitment'; did you mean 'deals.amazon-anthropic-2026.annual_commitment', 'deals.amazon-anthropic-2026.commitment' or 'deals.amazon-anthropic-2026.investment'?"
        ),
        (
            "deals.amazon-anthropc-2026.investment",
            "error: Unknown figure 'deals.amazon-anthropc-2026.investment'; did you mean 'deals.amazon-anthropic-2026.investment', 'deals.amazon-anthropic-2026.commitment' or 'deals.google-anthropic-2025.investment'?"
        ),
        (
            "revenue",
            "error: Unknown figure 'revenue'; names look like 'deals.<id>.investment', 'companies.<id>.invested' or 'totals.deal_count'"
        ),
        (
            "deals.amazon-anthropic-2026.investment:longg",
            "error: Unknown variant 'longg' for figure 'deals.amazon-anthropic-2026.investment'; use 'short', 'long' or 'number', or no variant"
        ),
        (
            "deals.amazon-anthropic-2026.investment:number",
            "error: Variant 'number' needs an exact figure, but 'deals.amazon-anthropic-2026.investment' is up to $25B; use no variant, 'short' or 'long'"
        ),
        (
            "deals.google-anthropic-2025.annual_commitment",
            "error: Figure 'deals.google-anthropic-2025.annual_commitment' is not available: deal 'google-anthropic-2025' has no commitment"
        ),
        (
            "deals.google-anthropic-2025.capex_share",
            "error: Figure 'deals.google-anthropic-2025.capex_share' is not available: there is no capex row for 'google' in 2025"
        ),
        (
            "pairs.google.anthropic.committed",
            "error: Figure 'pairs.google.anthropic.committed' is not available: no deal of Google and Anthropic has a commitment paid to Google"
        ),
    ])
    func explainsLookupErrors(reference: String, message: String) {
        let error = thrownDiagnostic { () throws(DataDiagnostic) in
            try catalog.figure(reference: reference)
        }
        #expect(error?.description == message)
    }

    @Test func placesLookupErrorsAtTheCallersPosition() {
        let error = thrownDiagnostic { () throws(DataDiagnostic) in
            try catalog.figure(reference: "totals.dael_count")
        }
        let located = error?.located(
            path: "content/analyses/a.md", position: SourcePosition(line: 12, column: 8))
        #expect(
            located?.description
                == "content/analyses/a.md:12:8: error: Unknown figure 'totals.dael_count'; did you mean 'totals.deal_count'?"
        )
    }

    @Test func listsNamesSortedAndSuggestsUpToThree() {
        #expect(catalog.names == catalog.names.sorted())
        #expect(catalog.names.count == 26)
        #expect(catalog.names.first == "companies.amazon.capex.2024")
        #expect(catalog.suggestions(for: "totals.investd") == ["totals.invested"])
        #expect(
            catalog.suggestions(for: "companies.amazon.capex.2025") == [
                "companies.amazon.capex.2024", "companies.amazon.capex.2026",
                "companies.amazon.invested",
            ])
        #expect(catalog.unavailableNames.contains("deals.google-anthropic-2025.term"))
    }

    static let ceilingDeal = """
        - id: google-anthropic-2026
          announced: 2026-01-15
          investor: google
          investee: anthropic
          status: reported
          investment: {amount: 10B, currency: USD, qualifier: up-to}
          commitment: {amount: 30B, currency: USD, qualifier: up-to, provider: google}
          summary: Both figures are ceilings.
          sources: [press-google-anthropic-2025]
        - id: euro-deal-2026
          announced: 2026
          investor: amazon
          investee: anthropic
          status: announced
          investment: {amount: 8B, currency: EUR, qualifier: exact}
          summary: Paid in euros.
          sources: [press-google-anthropic-2025]
        """

    @Test func refusesFiguresWithNoUsableBoundOrMixedCurrencies() {
        let files = Fixtures.files.map { file in
            file.stem == "deals"
                ? DataFile(path: file.path, text: Fixtures.deals + "\n" + Self.ceilingDeal) : file
        }
        let result = DealLoader.load(files)
        #expect(result.diagnostics.isEmpty)
        let catalog = FigureCatalog(dataSet: result.dataSet)
        let messages = [
            "deals.google-anthropic-2026.commitment_multiple",
            "deals.google-anthropic-2026.annual_commitment",
            "totals.invested", "companies.amazon.invested",
        ].map { name in
            thrownDiagnostic { () throws(DataDiagnostic) in try catalog.figure(named: name) }?
                .message
        }
        #expect(
            messages == [
                "Figure 'deals.google-anthropic-2026.commitment_multiple' is not available: up to $30B commitment ÷ up to $10B investment gives no usable bound",
                "Figure 'deals.google-anthropic-2026.annual_commitment' is not available: deal 'google-anthropic-2026' has no commitment term ('commitment.term_years')",
                "Figure 'totals.invested' is not available: the investment amounts mix currencies 'EUR' and 'USD'",
                "Figure 'companies.amazon.invested' is not available: the investment amounts mix currencies 'EUR' and 'USD'",
            ])
        #expect((try? catalog.figure(named: "deals.euro-deal-2026.investment"))?.text == "€8B")
        #expect((try? catalog.figure(named: "deals.euro-deal-2026.announced"))?.text == "2026")
        #expect(
            (try? catalog.figure(named: "deals.google-anthropic-2026.announced", variant: .short))?
                .text == "15 Jan 2026")
    }

    @Test func declaresEveryMetricOnceWithFormulaUnitAndInputs() {
        let definitions = MetricDefinition.all
        #expect(definitions.count == Metric.allCases.count)
        #expect(Set(definitions.map(\.pattern)).count == definitions.count)
        let annual = Metric.dealAnnualCommitment.definition
        #expect(annual.pattern == "deals.<id>.annual_commitment")
        #expect(annual.formula == "commitment ÷ term")
        #expect(annual.unit == "money per year")
        #expect(annual.inputs == ["deals.<id>.commitment", "deals.<id>.term"])
        #expect(annual.isDerived)
        #expect(!Metric.dealInvestment.definition.isDerived)
    }
}

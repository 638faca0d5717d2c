import SitegenData
import Testing

@testable import SitegenDeals

/// Investments with a firm part, and investments whose amount was never disclosed.
@Suite struct TrancheTests {
    /// The fixture data with the deals replaced by `deals`.
    private func load(_ deals: String) -> DealLoadResult {
        DealLoader.load(
            Fixtures.files.filter { $0.stem != "deals" } + [
                DataFile(path: "content/data/deals.yaml", text: deals)
            ])
    }

    private func deal(investment: String, id: String = "amazon-anthropic-2026") -> String {
        """
        - id: \(id)
          announced: 2026-04
          investor: amazon
          investee: anthropic
          status: announced
          investment: \(investment)
          summary: A test deal.
          sources: [aboutamazon-2026-anthropic]

        """
    }

    private func text(_ catalog: FigureCatalog, _ name: String) -> String? {
        try? catalog.figure(named: name).text
    }

    @Test func aFirmPartMakesTheWholeARangeAndExposesBothParts() throws {
        let result = load(
            deal(investment: "{amount: 25B, currency: USD, qualifier: up-to, firm: 5B}"))
        #expect(result.diagnostics.isEmpty)
        let catalog = FigureCatalog(dataSet: result.dataSet)
        let prefix = "deals.amazon-anthropic-2026."
        #expect(text(catalog, prefix + "investment") == "$5B to $25B")
        #expect(text(catalog, prefix + "investment_firm") == "$5B")
        #expect(text(catalog, prefix + "investment_contingent") == "up to $20B")
        let whole = try catalog.figure(named: prefix + "investment")
        #expect(whole.machineValue == "5000000000..25000000000")
        #expect(whole.explanation == "$5B at signing, up to $25B in all, as reported")
        let rest = try catalog.figure(named: prefix + "investment_contingent")
        #expect(rest.formula == "investment − firm part")
        #expect(rest.explanation == "up to $25B in all − $5B at signing, on later conditions")
        // Totals carry the known floor: the firm part.
        #expect(text(catalog, "pairs.amazon.anthropic.invested") == "$5B to $25B")
        // The deals table has both parts as columns.
        let table = try #require(catalog.table(named: "deals"))
        let firm = try #require(table.columnIndex("investment_firm"))
        #expect(table.rows[0][firm].formatted() == "$5B")
    }

    @Test func anExactWholeSplitsIntoTwoExactParts() {
        let result = load(
            deal(investment: "{amount: 4B, currency: USD, qualifier: exact, firm: 1.25B}"))
        let catalog = FigureCatalog(dataSet: result.dataSet)
        #expect(text(catalog, "deals.amazon-anthropic-2026.investment") == "$4B")
        #expect(text(catalog, "deals.amazon-anthropic-2026.investment_contingent") == "$2.75B")
    }

    @Test func aDealWithoutAFirmPartHasNoPartFigures() {
        let catalog = Fixtures.catalog()
        #expect(
            thrownDiagnostic { () throws(DataDiagnostic) in
                try catalog.figure(named: "deals.amazon-anthropic-2026.investment_firm")
            }?.message
                == "Figure 'deals.amazon-anthropic-2026.investment_firm' is not available: deal 'amazon-anthropic-2026' records no firm part of its investment ('investment.firm')"
        )
    }

    @Test(arguments: [
        (
            "{amount: 25B, currency: USD, qualifier: up-to, firm: 30B}",
            "content/data/deals.yaml:6:68: error: Firm part '30B' for 'investment.firm' must be more than zero and no more than the amount; the amount is the whole, contingent parts included"
        ),
        (
            "{amount: 25B, currency: USD, qualifier: at-least, firm: 5B}",
            "content/data/deals.yaml:6:71: error: 'investment.firm' needs the whole amount as 'exact', 'about' or 'up-to'; with 'at-least' the contingent rest has no ceiling"
        ),
        (
            "{amount: 25B, currency: USD, qualifier: up-to, firm: lots}",
            "content/data/deals.yaml:6:68: error: Invalid amount 'lots' for 'investment.firm'; write a number such as 25B, 1.5T, 500M, 750K or 1000000"
        ),
        (
            "{amount: 25B, currency: USD, qualifier: up-to, frim: 5B}",
            "content/data/deals.yaml:6:62: error: Unknown key 'investment.frim'; known keys are 'amount', 'currency', 'qualifier' and 'firm'"
        ),
    ])
    func rejectsABadFirmPartAtTheKey(investment: String, message: String) {
        let result = load(deal(investment: investment))
        #expect(result.diagnostics.map(\.description) == [message])
    }

    @Test func anUndisclosedInvestmentHasNoFigureAndTakesTheCeilingOffTotals() throws {
        let result = load(
            deal(investment: "{amount: 1B, currency: USD, qualifier: exact}")
                + deal(investment: "undisclosed", id: "amazon-anthropic-2027"))
        #expect(result.diagnostics.isEmpty)
        #expect(result.dataSet.deal(id: "amazon-anthropic-2027")?.investmentUndisclosed == true)
        let catalog = FigureCatalog(dataSet: result.dataSet)
        #expect(
            thrownDiagnostic { () throws(DataDiagnostic) in
                try catalog.figure(named: "deals.amazon-anthropic-2027.investment")
            }?.message
                == "Figure 'deals.amazon-anthropic-2027.investment' is not available: the amount of the investment in deal 'amazon-anthropic-2027' was not disclosed ('investment: undisclosed')"
        )
        let pair = try catalog.figure(named: "pairs.amazon.anthropic.invested")
        #expect(pair.text == "at least $1B")
        #expect(
            pair.explanation
                == "sum of investment in 2 deals: $1B (amazon-anthropic-2026) + undisclosed (amazon-anthropic-2027)"
        )
    }

    @Test func dealsOfOnePairInOneYearAreNamedByMonth() {
        let result = load(
            deal(investment: "{amount: 1B, currency: USD, qualifier: exact}")
                + deal(investment: "{amount: 2B, currency: USD, qualifier: exact}", id: "second")
                .replacingOccurrences(of: "announced: 2026-04", with: "announced: 2026-09"))
        let names = result.dataSet.deals.map(result.dataSet.dealName)
        #expect(names == ["Amazon–Anthropic Apr 2026", "Amazon–Anthropic Sep 2026"])
    }

    @Test func theMetricsTableListsEveryMetricOfTheRegistry() throws {
        let table = try #require(Fixtures.catalog().table(named: "metrics"))
        #expect(table.fields == ["name", "summary", "formula", "unit", "inputs"])
        #expect(table.rows.count == Metric.allCases.count)
        let names = table.rows.map { row -> String in
            if case .text(let name) = row[0] { return name }
            return ""
        }
        #expect(names == MetricDefinition.all.map(\.pattern))
        let contingent = try #require(
            table.rows.first { $0[0] == .text("deals.<id>.investment_contingent") })
        #expect(contingent[2] == .text("investment − firm part"))
    }
}

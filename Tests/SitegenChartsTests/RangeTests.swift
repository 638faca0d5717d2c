import Foundation
import Testing

@testable import SitegenCharts

/// A range ($5B to $25B) is shown as a range in every chart, never as its midpoint.
@Suite struct RangeTests {
    static let range = ChartCell.number(
        ChartNumber(
            value: 25_000_000_000, unit: .money(currency: "USD"),
            qualifier: .between(low: 5_000_000_000, approximate: false)))

    static let table = ChartTable(
        columns: ["deal", "investment", "commitment"],
        rows: [
            [.text("Amazon–Anthropic 2026"), range, Fixtures.usd("100", .atLeast)],
            [.text("Amazon–Anthropic 2024"), Fixtures.usd("4"), .missing],
        ])

    private func render(_ spec: ChartInput, _ table: ChartTable = Self.table) throws
        -> RenderedChart
    {
        try ChartRenderer().render(input: spec, table: table)
    }

    @Test func aBarDrawsARangeAsAnIntervalAndLabelsIt() throws {
        let chart = try render([
            "type": "bar", "title": "Ranges", "label": "deal", "value": "investment",
        ])
        let doc = SVGInspector(chart.svg)
        let bars = doc.all("rect").filter { $0.attributes["class"]?.contains("sg-") == true }
        let range = try #require(
            bars.first { $0.attributes["class"]?.contains("sg-range") == true })
        let solid = try #require(
            bars.first {
                $0.attributes["class"]?.contains("sg-range") == false
                    && $0.attributes["y"] == range.attributes["y"]
            })
        // The solid part ends where the outlined part starts: at the floor.
        let solidEnd =
            (Double(solid.attributes["x"] ?? "") ?? 0)
            + (Double(solid.attributes["width"] ?? "") ?? 0)
        #expect(abs(solidEnd - (Double(range.attributes["x"] ?? "") ?? -1)) < 0.01)
        #expect(range.attributes["fill-opacity"] == "0.25")
        // The outlined part is four times the solid one: $5B to $25B.
        let solidWidth = Double(solid.attributes["width"] ?? "") ?? 0
        let rangeWidth = Double(range.attributes["width"] ?? "") ?? 0
        #expect(abs(rangeWidth - 4 * solidWidth) < 0.05)
        #expect(chart.svg.contains(">$5B to $25B</text>"))
        #expect(chart.svg.contains("<title>Amazon–Anthropic 2026: $5B to $25B</title>"))
        #expect(
            chart.html.contains("$5B to $25B</td>") || chart.html.contains("$5B to $25B</data>"))
        // The midpoint ($15B) is never shown as the value.
        #expect(!chart.html.contains("~$15B") && !chart.html.contains("about $15"))
        #expect(
            doc.all("desc").first?.text.contains(
                "Largest: Amazon–Anthropic 2026, $5 billion to $25 billion.") == true)
    }

    @Test func aLineRefusesARangeWithAClearError() {
        let spec: ChartInput = ["type": "line", "title": "Ranges", "x": "year", "y": "investment"]
        let table = ChartTable(
            columns: ["year", "investment"],
            rows: [[.year(2025), Fixtures.usd("4")], [.year(2026), Self.range]])
        #expect(throws: ChartSpecError.self) { try render(spec, table) }
        do {
            _ = try render(spec, table)
        } catch let error as ChartSpecError {
            #expect(
                error.message
                    == "Field 'investment' for key 'y' has a range '$5B to $25B' in row 2, which this chart cannot draw; a line passes through one value at each point; chart the range as bars, or chart one of its ends"
            )
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func aStackedTotalOfAFirmAndAContingentPartIsARange() throws {
        let table = ChartTable(
            columns: ["deal", "firm", "contingent"],
            rows: [[.text("Amazon–OpenAI 2026"), Fixtures.usd("15"), Fixtures.usd("35", .upTo)]])
        let chart = try render(
            [
                "type": "stacked-bar", "title": "Parts", "label": "deal",
                "series": [
                    ["field": "firm", "name": "Firm"], ["field": "contingent", "name": "Rest"],
                ],
            ], table)
        #expect(chart.svg.contains(">$15B to $50B</text>"))
        #expect(!chart.svg.contains("up to $50B"))
    }

    @Test func sumsFollowBoundsArithmetic() {
        func number(_ billions: Decimal, _ qualifier: ChartQualifier) -> ChartNumber {
            ChartNumber(
                value: billions * 1_000_000_000, unit: .money(currency: "USD"),
                qualifier: qualifier)
        }
        let unit = ChartUnit.money(currency: "USD")
        // A floor plus a ceiling of unknown floor is the floor alone, not "about" the sum.
        let floorPlusCeiling = sum([number(100, .atLeast), number(25, .upTo)], unit: unit)
        #expect(floorPlusCeiling?.qualifier == .atLeast)
        #expect(floorPlusCeiling?.value == 100_000_000_000)
        // A rise of at least $100B and a fall of up to $25B net at least $75B.
        let net = sum([number(-25, .upTo), number(100, .atLeast)], unit: unit)
        #expect(net?.qualifier == .atLeast)
        #expect(net?.value == 75_000_000_000)
        // Two exact amounts and a ceiling make a range.
        let range = sum([number(4, .exact), number(20, .upTo)], unit: unit)
        #expect(range?.qualifier == .between(low: 4_000_000_000, approximate: false))
        #expect(range?.value == 24_000_000_000)
        // A floor on a rise and a floor on a fall leave nothing known.
        #expect(sum([number(100, .atLeast), number(-25, .atLeast)], unit: unit) == nil)
    }

    @Test func ratiosKeepTheirQualifiers() {
        let commitment = ChartNumber(
            value: 100, unit: .money(currency: "USD"), qualifier: .atLeast)
        let investment = ChartNumber(
            value: 25, unit: .money(currency: "USD"),
            qualifier: .between(low: 5, approximate: false))
        let multiple = ratio(commitment, to: investment)
        #expect(multiple?.qualifier == .atLeast)
        #expect(multiple?.value == 4)
        let capex = ratio(
            ChartNumber(value: 185, unit: .money(currency: "USD"), qualifier: .upTo),
            to: ChartNumber(value: 32.3, unit: .money(currency: "USD"), qualifier: .about))
        #expect(capex?.qualifier == .upTo)
    }
}

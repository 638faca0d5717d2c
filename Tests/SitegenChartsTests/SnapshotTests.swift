import SitegenCharts
import SitegenTestSupport
import Testing

/// Golden SVG and HTML per chart type; re-record with SITEGEN_RECORD=1 (recording fails).
@Suite struct SnapshotTests {
    static let cases: [(name: String, spec: ChartInput, table: ChartTable)] = [
        ("rankedBarOfHeadlineInvestments", Fixtures.barSpec, Fixtures.investments),
        ("runRateBarsWithCapexReference", Fixtures.runRateSpec, Fixtures.runRates),
        ("groupedBarOfInvestmentAndCommitment", Fixtures.groupedSpec, Fixtures.investVsCommit),
        ("stackedBarOfFirmAndContingent", Fixtures.stackedSpec, Fixtures.tranches),
        ("lineOfCapexWithGuidance", Fixtures.lineSpec, Fixtures.capex),
        ("areaOfAmazonCapex", Fixtures.areaSpec, Fixtures.amazonCapex),
        ("timelineOfAnnouncements", Fixtures.timelineSpec, Fixtures.announcements),
        ("scatterOfInvestmentAgainstCommitment", Fixtures.scatterSpec, Fixtures.bubbles),
        ("waterfallOfRoundTrip", Fixtures.waterfallSpec, Fixtures.roundTrip),
    ]

    @Test("Wide and narrow SVGs match their golden files", arguments: cases.map(\.name))
    func svgMatchesGolden(_ name: String) throws {
        let item = try #require(Self.cases.first { $0.name == name })
        let chart = try ChartRenderer().render(input: item.spec, table: item.table)
        GoldenFile.assertMatches(chart.svg, named: name)
        if let narrow = chart.narrowSVG {
            GoldenFile.assertMatches(narrow, named: name + "-narrow")
        }
    }

    @Test func figureHTMLMatchesGolden() throws {
        let chart = try ChartRenderer().render(input: Fixtures.barSpec, table: Fixtures.investments)
        GoldenFile.assertMatches(chart.html, named: "rankedBarFigure", ext: "html")
    }
}

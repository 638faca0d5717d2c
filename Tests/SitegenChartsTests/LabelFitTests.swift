import Foundation
import Testing

@testable import SitegenCharts

/// Labels are wrapped, shortened by rule or numbered with a visible key, and never cut: no
/// chart text ends in an ellipsis, and no number loses a digit (issue 13).
@Suite("Label fit")
struct LabelFitTests {
    /// Every visible text line of both SVGs of `chart`.
    private static func texts(_ chart: RenderedChart) -> [String] {
        ChartOutputTests.svgs(chart).flatMap { svg in
            SVGInspector(svg).elements.filter { ["text", "tspan"].contains($0.name) }.map(\.text)
        }
    }

    /// Long names in every chart type that names things in its marks.
    private static let longName = "International Business Machines Corporation"
    private static let longLabelCases: [(String, ChartInput, ChartTable)] = [
        (
            "bar", ["type": "bar", "title": "T", "label": "deal", "value": "investment"],
            ChartTable(
                columns: ["deal", "investment"],
                rows: [
                    [
                        .text(longName + " and its cloud subsidiary"),
                        Fixtures.usd("12.46", .atLeast),
                    ],
                    [.text("Short"), Fixtures.usd("3", .upTo)],
                ])
        ),
        (
            "waterfall",
            [
                "type": "waterfall", "title": "T", "label": "step", "value": "amount",
                "total_label": "Net flow to the International Business Machines Corporation",
            ],
            ChartTable(
                columns: ["step", "amount"],
                rows: [
                    [.text("Equity invested by " + longName), Fixtures.usd("-25")],
                    [.text("Compute commitment back to its cloud"), Fixtures.usd("100")],
                    [.text("Another step"), Fixtures.usd("-1234.5")],
                ])
        ),
        (
            "line",
            ["type": "line", "title": "T", "x": "year", "y": "amount", "group": "company"],
            ChartTable(
                columns: ["company", "year", "amount"],
                rows: [
                    [.text(longName), .year(2025), Fixtures.usd("91.4", .about)],
                    [.text(longName), .year(2026), Fixtures.usd("185", .upTo)],
                    [.text("Meta"), .year(2025), Fixtures.usd("72.2", .about)],
                    [.text("Meta"), .year(2026), Fixtures.usd("135", .upTo)],
                ])
        ),
        (
            "timeline",
            [
                "type": "timeline", "title": "T", "date": "announced", "lane": "investor",
                "label": "deal",
            ],
            ChartTable(
                columns: ["announced", "investor", "deal"],
                rows: [
                    [
                        .date(year: 2024, month: 1, day: nil), .text(longName),
                        .text("A first deal"),
                    ],
                    [
                        .date(year: 2024, month: 2, day: nil), .text(longName),
                        .text("A second deal"),
                    ],
                    [.date(year: 2024, month: 3, day: nil), .text("Meta"), .text("A third deal")],
                ])
        ),
        (
            "scatter",
            [
                "type": "scatter", "title": "T", "x": "investment", "y": "commitment",
                "label": "deal",
            ],
            ChartTable(
                columns: ["deal", "investment", "commitment"],
                rows: [
                    [
                        .text(longName + " with a very long deal name"), Fixtures.usd("2"),
                        Fixtures.usd("20"),
                    ],
                    [.text("Beta"), Fixtures.usd("3"), Fixtures.usd("21")],
                ])
        ),
    ]

    @Test("No chart text ends in an ellipsis, at either width", arguments: longLabelCases.indices)
    func noEllipsis(_ index: Int) throws {
        let (name, spec, table) = Self.longLabelCases[index]
        let chart = try ChartRenderer().render(input: spec, table: table)
        #expect(chart.narrowSVG != nil)
        let texts = Self.texts(chart)
        #expect(!texts.isEmpty)
        for text in texts {
            #expect(!text.hasSuffix("…") && !text.contains("…"), "\(name): '\(text)' is cut")
        }
    }

    @Test("A value keeps every digit and its qualifier in a label that needs several lines")
    func valuesStayWhole() throws {
        let (_, lineSpec, lineTable) = Self.longLabelCases[2]
        let line = try ChartRenderer().render(input: lineSpec, table: lineTable)
        let lineTexts = Self.texts(line)
        #expect(lineTexts.contains("up to $185B"), "the value is a line of its own")
        let (_, barSpec, barTable) = Self.longLabelCases[0]
        let bar = Self.texts(try ChartRenderer().render(input: barSpec, table: barTable))
        #expect(bar.contains { $0.hasPrefix("at least $12.") && $0.hasSuffix("B") })
        let (_, waterfallSpec, waterfallTable) = Self.longLabelCases[1]
        let waterfall = Self.texts(
            try ChartRenderer().render(input: waterfallSpec, table: waterfallTable))
        #expect(waterfall.contains { $0.contains("1,234.5B") || $0.contains("1.2T") })
    }

    @Test("The narrow capex chart names Google and its whole $185B end value")
    func capexEndLabel() throws {
        let chart = try ChartRenderer().render(input: Fixtures.lineSpec, table: Fixtures.capex)
        let narrow = try #require(chart.narrowSVG)
        let texts = SVGInspector(narrow).elements.filter { ["text", "tspan"].contains($0.name) }
            .map(\.text)
        #expect(texts.contains { $0.hasPrefix("Google") })
        #expect(texts.contains { $0.hasSuffix("up to $185B") })
    }

    /// Sixteen announcements by one investor within a year and a half: too many to name in
    /// words on a phone.
    private static let crowdedAnnouncements = ChartTable(
        columns: Fixtures.announcements.columns,
        rows: (0..<16).map { index in
            [
                .date(year: 2024 + index / 12, month: 1 + index % 12, day: nil), .text("Microsoft"),
                .text("Laboratory number \(index + 1)"), Fixtures.usd(String(index + 1)),
            ]
        })

    @Test("Timeline and scatter labels that do not fit are numbered, with a key beside that SVG")
    func numberedLabelsHaveAVisibleKey() throws {
        for (spec, table, group) in [
            (Fixtures.timelineSpec, Self.crowdedAnnouncements, "sg-labels-event"),
            (Fixtures.scatterSpec, Fixtures.bubbles, "sg-labels-point"),
        ] {
            let chart = try ChartRenderer().render(input: spec, table: table)
            let narrow = try #require(chart.narrowSVG)
            let shown = SVGInspector(narrow).elements.filter {
                $0.name == "text" && $0.ancestorClasses.contains { $0.contains(group) }
            }.map(\.text)
            let numbers = shown.compactMap { Int($0) }
            let keyStart = try #require(chart.html.range(of: "<ol class=\"sg-key sg-narrow\">"))
            let keyEnd = try #require(chart.html[keyStart.upperBound...].range(of: "</ol>"))
            let key = chart.html[keyStart.upperBound..<keyEnd.lowerBound]
            let keyNumbers = key.matches(of: /<li value="(\d+)">/).compactMap { Int($0.output.1) }
            #expect(!numbers.isEmpty, "some labels are numbers at phone width")
            #expect(numbers.count < table.rows.count, "labels that fit are shown in words")
            #expect(Set(numbers) == Set(keyNumbers), "the key names exactly the numbered marks")
            #expect(shown.count == table.rows.count, "every mark is named, in words or by number")
            // The key follows the narrow SVG, and is shown and hidden with it.
            let svgStart = try #require(chart.html.range(of: " sg-narrow\" id="))
            #expect(svgStart.lowerBound < keyStart.lowerBound)
        }
        #expect(ChartStylesheet.css.contains(".sg-figure .sg-narrow{display:none}"))
        #expect(ChartStylesheet.css.contains(".sg-figure .sg-key{"))
    }
}

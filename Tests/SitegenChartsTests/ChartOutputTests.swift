import Foundation
import Testing

@testable import SitegenCharts

/// Properties every rendered chart must have (CHARTS.md section 5).
@Suite struct ChartOutputTests {
    static let all = SnapshotTests.cases.map(\.name)

    static func render(_ name: String) throws -> RenderedChart {
        let item = try #require(SnapshotTests.cases.first { $0.name == name })
        return try ChartRenderer().render(input: item.spec, table: item.table)
    }

    static func svgs(_ chart: RenderedChart) -> [String] {
        [chart.svg] + (chart.narrowSVG.map { [$0] } ?? [])
    }

    @Test("Output is well-formed XML with the fixed root and first children", arguments: all)
    func wellFormedRoot(_ name: String) throws {
        let chart = try Self.render(name)
        for svg in Self.svgs(chart) {
            let doc = SVGInspector(svg)
            #expect(doc.wellFormed, "\(doc.errorText ?? "")")
            let root = try #require(doc.root)
            #expect(root.name == "svg")
            #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
            #expect(root.attributes["role"] == "img")
            let (w, h) = doc.size
            #expect(root.attributes["viewBox"] == "0 0 \(svgNumber(w)) \(svgNumber(h))")
            #expect(w > 0 && h > 0)
            let id = try #require(root.attributes["id"])
            #expect(root.attributes["aria-labelledby"] == "\(id)-title \(id)-desc")
            let children = doc.elements.filter { $0.ancestors.count == 1 }
            #expect(
                children.first?.name == "title" && children.first?.attributes["id"] == "\(id)-title"
            )
            #expect(
                children.dropFirst().first?.name == "desc"
                    && children.dropFirst().first?.attributes["id"] == "\(id)-desc")
            #expect(
                !(children.first?.text.isEmpty ?? true)
                    && !(children.dropFirst().first?.text.isEmpty ?? true))
            #expect((children.dropFirst().first?.text.count ?? 0) < 400)
            #expect(
                !svg.hasPrefix("<?xml") && !svg.contains("<!DOCTYPE") && !svg.contains("<metadata"))
            #expect(!svg.contains("href") && !svg.contains("url(") && !svg.contains("var("))
            #expect(
                !svg.contains("tabindex") && !svg.contains("<a ") && !svg.contains("<script")
                    && !svg.contains("foreignObject"))
            #expect(!svg.contains(" on"), "no event handler attributes")
            #expect(svg.hasSuffix("\n") && !svg.contains(" \n") && !svg.contains("\r"))
        }
        // The figure is well-formed too (it is XHTML-compatible).
        #expect(SVGInspector(chart.html).wellFormed)
    }

    @Test(
        "No NaN, Infinity, exponents or negative zero; attribute numbers have at most 2 decimals",
        arguments: all)
    func numericHygiene(_ name: String) throws {
        let chart = try Self.render(name)
        let number = try Regex("^-?\\d+(\\.\\d{1,2})?$")
        for text in Self.svgs(chart) + [chart.html] {
            #expect(
                !text.contains("NaN") && !text.contains("Infinity")
                    && !text.lowercased().contains("inf\"") && !text.contains("nan\""))
            #expect(
                Self.withoutHexColours(text).firstMatch(of: try Regex("\\d[eE][+-]?\\d")) == nil)
            #expect(text.firstMatch(of: try Regex("[\"\\s]-0(\\.0+)?[\"\\s]")) == nil)
            #expect(!text.contains("−0<") && !text.contains("−$0<"))
            let doc = SVGInspector(text)
            for element in doc.elements {
                for key in ["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height"] {
                    if let value = element.attributes[key] {
                        #expect(
                            value.wholeMatch(of: number) != nil, "\(element.name) \(key)=\(value)")
                    }
                }
            }
            // Visible text uses U+2212 for negatives.
            for element in doc.elements
            where element.name == "text" || element.name == "tspan" || element.name == "td"
                || element.name == "data"
            {
                #expect(
                    element.text.firstMatch(of: try Regex("-\\$?\\d")) == nil,
                    "ASCII minus in '\(element.text)'")
            }
        }
    }

    @Test(
        "Marks lie inside the viewBox and labels neither overlap nor cross its edge", arguments: all
    )
    func layoutIsInsideAndClear(_ name: String) throws {
        let chart = try Self.render(name)
        for svg in Self.svgs(chart) {
            let doc = SVGInspector(svg)
            let (w, h) = doc.size
            for element in doc.elements {
                let a = element.attributes
                if element.name == "rect", let x = Double(a["x"] ?? ""),
                    let y = Double(a["y"] ?? ""),
                    let rw = Double(a["width"] ?? ""), let rh = Double(a["height"] ?? "")
                {
                    #expect(
                        x >= 0 && y >= 0 && x + rw <= w + 0.01 && y + rh <= h + 0.01,
                        "rect outside in \(name)")
                }
                if element.name == "circle", let cx = Double(a["cx"] ?? ""),
                    let cy = Double(a["cy"] ?? ""), let r = Double(a["r"] ?? "")
                {
                    #expect(
                        cx - r >= -0.01 && cy - r >= -0.01 && cx + r <= w + 0.01
                            && cy + r <= h + 0.01, "circle outside in \(name)")
                }
                if element.name == "line", let x1 = Double(a["x1"] ?? ""),
                    let x2 = Double(a["x2"] ?? ""),
                    let y1 = Double(a["y1"] ?? ""), let y2 = Double(a["y2"] ?? "")
                {
                    #expect(
                        min(x1, x2) >= 0 && max(x1, x2) <= w && min(y1, y2) >= 0
                            && max(y1, y2) <= h, "line outside in \(name)")
                }
            }
            let boxes = doc.textBoxes
            for box in boxes {
                #expect(
                    box.x0 >= -0.5 && box.x1 <= w + 0.5 && box.y0 >= -0.5 && box.y1 <= h + 0.5,
                    "'\(box.text)' crosses the edge in \(name)")
            }
            for i in boxes.indices {
                for j in boxes.indices where j > i {
                    #expect(
                        !boxes[i].overlaps(boxes[j], gap: 2),
                        "'\(boxes[i].text)' overlaps '\(boxes[j].text)' in \(name)")
                }
            }
        }
    }

    @Test("Rendering twice gives byte-identical output", arguments: all)
    func deterministic(_ name: String) throws {
        #expect(try Self.render(name) == Self.render(name))
    }

    @Test func idsAreUniqueWithinAndAcrossChartsOnOnePage() throws {
        var seen: [String: Int] = [:]
        for name in Self.all {
            let chart = try Self.render(name)
            let doc = SVGInspector(chart.html)
            for element in doc.elements {
                if let id = element.attributes["id"] { seen[id, default: 0] += 1 }
            }
        }
        #expect(
            seen.filter { $0.value > 1 }.isEmpty,
            "duplicate ids: \(seen.filter { $0.value > 1 }.keys.sorted())")
    }

    @Test func everyBarValueAppearsInItsTitleAndTheTable() throws {
        let chart = try ChartRenderer().render(input: Fixtures.barSpec, table: Fixtures.investments)
        let doc = SVGInspector(chart.html)
        let titles = doc.elements.filter { $0.name == "title" && $0.ancestors.last == "rect" }.map(
            \.text)
        let cells = doc.elements.filter { $0.name == "td" || $0.name == "data" || $0.name == "th" }
            .map(\.text)
        #expect(titles.count == Fixtures.investments.rows.count * 2, "wide and narrow marks")
        for row in Fixtures.investments.rows {
            guard case .text(let label) = row[0], case .number(let number) = row[1] else {
                continue
            }
            let value = ValueText.text(number, style: .precise)
            #expect(titles.contains("\(label): \(value)"))
            #expect(cells.contains(value))
            #expect(cells.contains(label))
        }
        #expect(
            doc.elements.contains {
                $0.name == "th" && $0.attributes["scope"] == "col" && $0.text == "Investment (US$)"
            })
        #expect(
            doc.elements.contains {
                $0.name == "caption" && $0.text == "Amazon’s two 2026 bets dwarf earlier AI stakes"
            })
    }

    @Test func derivedBarsAreOutlinedAndExplained() throws {
        let chart = try ChartRenderer().render(
            input: Fixtures.runRateSpec, table: Fixtures.runRates)
        #expect(chart.svg.contains("class=\"sg-s1 sg-derived\""))
        #expect(chart.svg.contains("fill-opacity=\"0.25\" stroke=\"#0072B2\""))
        #expect(chart.svg.contains("≈$12.5B a year"))
        #expect(chart.svg.contains("at least $10B a year"))
        #expect(chart.html.contains("derived: at least $100B ÷ 10 yrs, straight-line"))
        #expect(chart.svg.contains("Amazon 2026 capex guidance ~$200B"))
        #expect(chart.svg.contains("class=\"sg-reference\""))
    }

    static let hostile = [
        "AT&T <b>\"quoted\"</b> 'single'", "]]> <script>alert(1)</script>",
        "ctrl\u{0}\u{1}\u{1F}chars",
        "\u{202E}RTL override\u{200F}", "emoji 🚀👩‍👩‍👧 deal",
        String(repeating: "Very long deal name ", count: 25),
    ]

    @Test(
        "Hostile labels give well-formed output and round-trip through the parser",
        arguments: hostile)
    func hostileText(_ label: String) throws {
        let table = ChartTable(
            columns: ["deal", "investment"],
            rows: [[.text(label), Fixtures.usd("5")], [.text("Other"), Fixtures.usd("2")]])
        let input: ChartInput = [
            "type": "bar", "title": .string("Title " + label), "subtitle": "S & <s>",
            "label": "deal", "value": "investment",
        ]
        let chart = try ChartRenderer().render(input: input, table: table)
        let cleaned = String(
            String.UnicodeScalarView(
                label.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" }))
        for text in [chart.svg, chart.html] + (chart.narrowSVG.map { [$0] } ?? []) {
            let doc = SVGInspector(text)
            #expect(doc.wellFormed, "\(doc.errorText ?? "")")
            #expect(!text.contains("<script") && !text.contains("<b>"))
        }
        let doc = SVGInspector(chart.html)
        #expect(doc.elements.contains { ($0.name == "th") && $0.text == cleaned })
        #expect(doc.elements.contains { $0.name == "title" && $0.text.hasPrefix(cleaned + ": ") })
    }

    @Test("No label overlap for 1 to 50 bars", arguments: Array(1...50))
    func noOverlapForManyBars(_ count: Int) throws {
        var rng = SeededGenerator(state: UInt64(count))
        let names = ["Amazon", "Microsoft", "Google", "Oracle", "CoreWeave", "Nvidia", "Meta"]
        let rows: [[ChartCell]] = (0..<count).map { i in
            let a = names[Int.random(in: 0..<names.count, using: &rng)]
            let b = ["Anthropic", "OpenAI", "xAI", "Mistral AI"][Int.random(in: 0..<4, using: &rng)]
            let billions =
                String(Int.random(in: 1...400, using: &rng)) + "."
                + String(Int.random(in: 0...9, using: &rng))
            let q: ChartQualifier = [.exact, .upTo, .atLeast, .about][
                Int.random(in: 0..<4, using: &rng)]
            return [.text("\(a) → \(b) deal \(i + 1)"), Fixtures.usd(billions, q)]
        }
        let table = ChartTable(columns: ["deal", "amount"], rows: rows)
        let chart = try ChartRenderer().render(
            input: ["type": "bar", "title": "Many", "label": "deal", "value": "amount"],
            table: table)
        for svg in Self.svgs(chart) {
            let doc = SVGInspector(svg)
            #expect(doc.wellFormed)
            let (w, h) = doc.size
            let boxes = doc.textBoxes
            for box in boxes {
                #expect(
                    box.x0 >= -0.5 && box.x1 <= w + 0.5 && box.y1 <= h + 0.5,
                    "'\(box.text)' crosses the edge")
            }
            for i in boxes.indices {
                for j in boxes.indices where j > i {
                    #expect(
                        !boxes[i].overlaps(boxes[j], gap: 2),
                        "'\(boxes[i].text)' overlaps '\(boxes[j].text)'")
                }
            }
            #expect(doc.all("rect").count == count)
        }
    }

    @Test func aThousandBarsRenderWithAGrowingHeight() throws {
        let rows: [[ChartCell]] = (0..<1000).map { i in
            [.text("Deal \(i + 1)"), Fixtures.usd(String(1 + i % 97))]
        }
        let chart = try ChartRenderer().render(
            input: ["type": "bar", "title": "Thousand", "label": "deal", "value": "amount"],
            table: ChartTable(columns: ["deal", "amount"], rows: rows))
        let doc = SVGInspector(chart.svg)
        #expect(doc.wellFormed)
        #expect(doc.all("rect").count == 1000)
        #expect(doc.size.1 > 1000 * 22 - 1)
    }

    @Test func barLengthIsProportionalToValue() throws {
        let chart = try ChartRenderer().render(input: Fixtures.barSpec, table: Fixtures.investments)
        let doc = SVGInspector(chart.svg)
        let rects = doc.all("rect")
        let widths = rects.compactMap { Double($0.attributes["width"] ?? "") }
        // Sorted descending: 50, 25, 10, 5, 4, 4, 2, 1 (billions).
        let values = [50.0, 25, 10, 5, 4, 4, 2, 1]
        for i in 1..<values.count {
            #expect(abs(widths[i] / widths[0] - values[i] / values[0]) < 0.01)
        }
    }

    @Test func negativeBarsCrossZeroAtTheBaseline() throws {
        let table = ChartTable(
            columns: ["deal", "change"],
            rows: [
                [.text("Write-down"), Fixtures.usd("-5")], [.text("Gain"), Fixtures.usd("12")],
                [.text("Small loss"), Fixtures.usd("-1.2")],
            ])
        let chart = try ChartRenderer().render(
            input: ["type": "bar", "title": "Signed", "label": "deal", "value": "change"],
            table: table)
        let doc = SVGInspector(chart.svg)
        #expect(doc.wellFormed)
        #expect(chart.svg.contains("−$5B"))
        let baseline = try #require(doc.elements.first { $0.attributes["class"] == "sg-baseline" })
        let x0 = try #require(Double(baseline.attributes["x1"] ?? ""))
        let rects = doc.all("rect")
        #expect(
            rects.contains { Double($0.attributes["x"] ?? "") ?? 0 < x0 - 1 },
            "a bar extends left of zero")
        #expect(
            rects.allSatisfy { r in
                let x = Double(r.attributes["x"] ?? "") ?? 0
                let w = Double(r.attributes["width"] ?? "") ?? 0
                return abs(x - x0) < 0.02 || abs(x + w - x0) < 0.02
            })
    }

    @Test(
        "Each chart type survives one point, all zeros and huge values",
        arguments: ChartType.allCases)
    func robustInputs(_ type: ChartType) throws {
        for amounts in [["7"], ["0", "0", "0"], ["0.000001", "9999999"], ["4", "4", "4"]] {
            let (spec, table) = Self.generic(type, amounts)
            let chart = try ChartRenderer().render(input: spec, table: table)
            for svg in Self.svgs(chart) {
                let doc = SVGInspector(svg)
                #expect(doc.wellFormed, "\(type) \(amounts)")
                #expect(!svg.contains("NaN") && !svg.contains("Infinity"))
                #expect(
                    Self.withoutHexColours(svg).firstMatch(of: try Regex("\\d[eE][+-]?\\d")) == nil)
                #expect(
                    !doc.elements.contains {
                        $0.name == "path"
                            && ($0.attributes["d"]?.split(separator: "L").count ?? 2) < 2
                    })
            }
        }
    }

    @Test func rowsWithoutValuesRenderNoDataChart() throws {
        let table = ChartTable(
            columns: ["deal", "investment"],
            rows: [[.text("A"), .missing], [.text("B"), .missing]])
        let chart = try ChartRenderer().render(
            input: ["type": "bar", "title": "Empty", "label": "deal", "value": "investment"],
            table: table)
        let doc = SVGInspector(chart.svg)
        #expect(doc.wellFormed)
        #expect(doc.all("desc").first?.text == "No data available")
        #expect(chart.svg.contains(">No data<"))
        #expect(!chart.svg.contains("sg-axis"))
        #expect(chart.html.contains("Not shown, with no investment recorded: A and B."))
        #expect(!chart.html.contains("n/a"))
    }

    @Test("A bar without a value is left out and named in a note, never drawn as n/a")
    func missingBarsAreLeftOutWithANote() throws {
        let table = ChartTable(
            columns: ["deal", "investment", "commitment"],
            rows: [
                [.text("A"), Fixtures.usd("25", .upTo), Fixtures.usd("100", .atLeast)],
                [.text("B"), .missing, .missing],
                [.text("C"), Fixtures.usd("4"), .missing],
            ])
        let ranked = try ChartRenderer().render(
            input: ["type": "bar", "title": "Ranked", "label": "deal", "value": "investment"],
            table: table)
        #expect(!ranked.html.contains("n/a"))
        #expect(!ranked.svg.contains(">B<"))
        #expect(ranked.html.contains("Not shown, with no investment recorded: B."))
        #expect(SVGInspector(ranked.svg).all("desc").first?.text.contains("2 deals") == true)
        let grouped = try ChartRenderer().render(
            input: [
                "type": "grouped-bar", "title": "Grouped", "label": "deal",
                "series": [["field": "investment"], ["field": "commitment"]],
            ], table: table)
        #expect(!grouped.html.contains("n/a"))
        #expect(grouped.html.contains("Not shown, with no investment or commitment recorded: B."))
        #expect(grouped.html.contains("Not shown, with no commitment recorded: C."))
        // C's missing commitment draws neither a bar nor a label, and its table cell says so.
        #expect(!grouped.svg.contains("></text>"))
        #expect(grouped.svg.components(separatedBy: "<rect").count - 1 == 3)
        #expect(grouped.html.contains("<td class=\"sg-num\">not recorded</td>"))
    }

    @Test func missingValuesShowAsGapsAndNA() throws {
        let table = ChartTable(
            columns: ["company", "year", "amount"],
            rows: [
                [.text("Amazon"), .year(2023), Fixtures.usd("52.7")],
                [.text("Amazon"), .year(2024), .missing],
                [.text("Amazon"), .year(2025), Fixtures.usd("131.8")],
                [.text("Amazon"), .year(2026), Fixtures.usd("200", .about)],
            ])
        let chart = try ChartRenderer().render(
            input: ["type": "line", "title": "Gap", "x": "year", "y": "amount"], table: table)
        let doc = SVGInspector(chart.svg)
        #expect(doc.all("circle").count == 3, "one marker per non-null datum")
        #expect(doc.all("path").count == 1, "no line across the gap")
        #expect(chart.html.contains(">not recorded<"))
    }

    @Test func reorderedRowsGiveTheSameRankedBarAndScatter() throws {
        let reversedDeals = ChartTable(
            columns: Fixtures.investments.columns, rows: Fixtures.investments.rows.reversed())
        #expect(
            try ChartRenderer().render(input: Fixtures.barSpec, table: reversedDeals)
                == ChartRenderer().render(input: Fixtures.barSpec, table: Fixtures.investments))
        let reversedBubbles = ChartTable(
            columns: Fixtures.bubbles.columns, rows: Fixtures.bubbles.rows.reversed())
        #expect(
            try ChartRenderer().render(input: Fixtures.scatterSpec, table: reversedBubbles)
                == ChartRenderer().render(input: Fixtures.scatterSpec, table: Fixtures.bubbles))
    }

    @Test func barDomainsIncludeZeroAndTicksAreNice() throws {
        let table = ChartTable(
            columns: ["deal", "amount"],
            rows: [[.text("A"), Fixtures.usd("170")], [.text("B"), Fixtures.usd("140")]])
        let chart = try ChartRenderer().render(
            input: ["type": "bar", "title": "Zero", "label": "deal", "value": "amount"],
            table: table)
        let labels = SVGInspector(chart.svg).elements.filter {
            $0.ancestorClasses.contains { $0.contains("sg-axis") } && $0.name == "text"
        }.map(\.text)
        #expect(labels.first == "$0")
        #expect(labels.last == "$200B" || labels.last == "$180B")
    }

    @Test func narrowVariantKeepsEffectiveFontAtLeastElevenPixelsAt320() throws {
        for name in Self.all {
            let chart = try Self.render(name)
            let narrow = try #require(chart.narrowSVG)
            let doc = SVGInspector(narrow)
            let (w, _) = doc.size
            for element in doc.elements where element.name == "text" || element.name == "tspan" {
                let size =
                    Double(
                        element.inherited["font-size"] ?? doc.root?.attributes["font-size"] ?? "12")
                    ?? 12
                #expect(size * 320 / w >= 11, "\(name): \(size) px at width \(w)")
            }
        }
    }

    @Test func paletteMeetsContrastOnWhiteAndDark() {
        func luminance(_ hex: String) -> Double {
            let v = Int(hex.dropFirst(), radix: 16) ?? 0
            let raw: [Int] = [(v >> 16) & 255, (v >> 8) & 255, v & 255]
            let channels: [Double] = raw.map { (c: Int) -> Double in
                let s = Double(c) / 255
                return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
            }
            let r: Double = 0.2126 * channels[0]
            let g: Double = 0.7152 * channels[1]
            let b: Double = 0.0722 * channels[2]
            return r + g + b
        }
        func ratio(_ a: String, _ b: String) -> Double {
            let (la, lb) = (luminance(a), luminance(b))
            return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
        }
        for color in Palette.series + [Palette.grey] {
            #expect(ratio(color, "#FFFFFF") >= 3 && ratio(color, "#121212") >= 3, "\(color)")
        }
        #expect(ratio("#FFFFFF", Palette.blue) >= 4.5, "white text inside blue bars")
    }

    /// The text with `#RRGGBB` colours removed (`#D55E00` is not an exponent).
    static func withoutHexColours(_ text: String) -> String {
        var out = ""
        var skip = 0
        for character in text {
            if skip > 0, character.isHexDigit {
                skip -= 1
                continue
            }
            skip = character == "#" ? 6 : 0
            out.append(character)
        }
        return out
    }

    static func generic(_ type: ChartType, _ amounts: [String]) -> (ChartInput, ChartTable) {
        let rows: [[ChartCell]] = amounts.enumerated().map { i, a in
            [
                .text("Item \(i + 1)"), Fixtures.usd(a), Fixtures.usd(a), .year(2020 + i),
                .date(year: 2024, month: 1 + i, day: 1), .text("Lane"),
            ]
        }
        let table = ChartTable(columns: ["name", "a", "b", "year", "date", "lane"], rows: rows)
        let spec: ChartInput
        switch type {
        case .bar: spec = ["type": "bar", "title": "T", "label": "name", "value": "a"]
        case .groupedBar:
            spec = ["type": "grouped-bar", "title": "T", "label": "name", "series": ["a", "b"]]
        case .stackedBar:
            spec = ["type": "stacked-bar", "title": "T", "label": "name", "series": ["a", "b"]]
        case .line: spec = ["type": "line", "title": "T", "x": "year", "y": "a"]
        case .area: spec = ["type": "area", "title": "T", "x": "year", "y": "a"]
        case .timeline:
            spec = [
                "type": "timeline", "title": "T", "date": "date", "lane": "lane", "label": "name",
                "size": "a",
            ]
        case .scatter:
            spec = ["type": "scatter", "title": "T", "x": "a", "y": "b", "label": "name"]
        case .waterfall:
            spec = [
                "type": "waterfall", "title": "T", "label": "name", "value": "a",
                "total_label": "Total",
            ]
        }
        return (spec, table)
    }
}

import SitegenCharts
import Testing

struct SpecErrorCase: Sendable, CustomTestStringConvertible {
    let name: String
    let spec: ChartInput
    let table: ChartTable
    let path: [ChartKeyPathComponent]
    let message: String
    var testDescription: String { name }
}

@Suite struct SpecErrorTests {
    static let deals = Fixtures.investments

    static let cases: [SpecErrorCase] = [
        SpecErrorCase(
            name: "unknown chart type",
            spec: ["type": "pie", "title": "T", "label": "deal", "value": "investment"],
            table: deals,
            path: [.key("type")],
            message:
                "Unknown chart type 'pie' for key 'type'; valid types are 'bar', 'grouped-bar', 'stacked-bar', 'line', 'area', 'timeline', 'scatter', 'waterfall'"
        ),
        SpecErrorCase(
            name: "missing type", spec: ["title": "T"], table: deals, path: [],
            message:
                "Missing key 'type'; valid types are 'bar', 'grouped-bar', 'stacked-bar', 'line', 'area', 'timeline', 'scatter', 'waterfall'"
        ),
        SpecErrorCase(
            name: "unknown field",
            spec: ["type": "bar", "title": "T", "label": "deal", "value": "investmnt"],
            table: deals,
            path: [.key("value")],
            message: "Unknown field 'investmnt' for key 'value'; did you mean 'investment'?"),
        SpecErrorCase(
            name: "unknown field far from any",
            spec: ["type": "bar", "title": "T", "label": "deal", "value": "zzz"], table: deals,
            path: [.key("value")],
            message:
                "Unknown field 'zzz' for key 'value'; available fields are 'deal', 'investment'"),
        SpecErrorCase(
            name: "non-numeric value",
            spec: ["type": "bar", "title": "T", "label": "investment", "value": "deal"],
            table: deals,
            path: [.key("value")],
            message:
                "Field 'deal' for key 'value' must hold numbers, but row 1 has 'Microsoft → OpenAI (2019)'"
        ),
        SpecErrorCase(
            name: "negative bubble size",
            spec: [
                "type": "scatter", "title": "T", "x": "investment", "y": "commitment",
                "size": "term", "label": "deal",
            ],
            table: ChartTable(
                columns: ["deal", "investment", "commitment", "term"],
                rows: [
                    [
                        .text("A"), Fixtures.usd("1"), Fixtures.usd("2"),
                        Fixtures.number("-5", .years),
                    ]
                ]),
            path: [.key("size")],
            message:
                "Field 'term' for key 'size' has a negative value '−5 years' in row 1; bubble area cannot be negative"
        ),
        SpecErrorCase(
            name: "negative stacked part", spec: Fixtures.stackedSpec,
            table: ChartTable(
                columns: ["deal", "firm", "contingent"],
                rows: [[.text("A"), Fixtures.usd("-1"), Fixtures.usd("2")]]),
            path: [.key("series"), .index(0), .key("field")],
            message:
                "Field 'firm' for key 'series' has a negative value '−$1B' in row 1; stacked bars cannot show negative parts; use a grouped bar or a waterfall"
        ),
        SpecErrorCase(
            name: "empty data", spec: Fixtures.barSpec,
            table: ChartTable(columns: ["deal", "investment"], rows: []),
            path: [.key("data")],
            message:
                "Chart 'Amazon’s two 2026 bets dwarf earlier AI stakes' has no data rows; check 'data', 'values' and 'filter'"
        ),
        SpecErrorCase(
            name: "unknown key near a valid one",
            spec: ["type": "bar", "title": "T", "lable": "deal", "value": "investment"],
            table: deals,
            path: [.key("lable")],
            message: "Unknown key 'lable' for chart type 'bar'; did you mean 'label'?"),
        SpecErrorCase(
            name: "unknown key far from all",
            spec: ["type": "bar", "title": "T", "colourway": "x"], table: deals,
            path: [.key("colourway")],
            message:
                "Unknown key 'colourway' for chart type 'bar'; valid keys are 'type', 'title', 'subtitle', 'source', 'note', 'id', 'data', 'values', 'filter', 'width', 'sort', 'label', 'value', 'highlight', 'reference'"
        ),
        SpecErrorCase(
            name: "missing title", spec: ["type": "bar", "label": "deal", "value": "investment"],
            table: deals, path: [],
            message: "Missing key 'title'; every chart needs a title that states its point"),
        SpecErrorCase(
            name: "missing field key", spec: ["type": "bar", "title": "T", "label": "deal"],
            table: deals, path: [],
            message: "Missing key 'value' for chart type 'bar'"),
        SpecErrorCase(
            name: "bad id",
            spec: [
                "type": "bar", "title": "T", "id": "My Chart", "label": "deal",
                "value": "investment",
            ], table: deals,
            path: [.key("id")],
            message: "Key 'id' must use lowercase letters, digits and '-', not 'My Chart'"),
        SpecErrorCase(
            name: "bad width",
            spec: [
                "type": "bar", "title": "T", "width": 12, "label": "deal", "value": "investment",
            ], table: deals,
            path: [.key("width")],
            message: "Key 'width' must be a whole number from 320 to 1600, not '12'"),
        SpecErrorCase(
            name: "bad sort",
            spec: [
                "type": "bar", "title": "T", "sort": "biggest", "label": "deal",
                "value": "investment",
            ], table: deals,
            path: [.key("sort")],
            message:
                "Unknown sort 'biggest' for key 'sort'; valid values are 'descending', 'ascending', 'input'"
        ),
        SpecErrorCase(
            name: "highlight without match",
            spec: [
                "type": "bar", "title": "T", "label": "deal", "value": "investment",
                "highlight": ["Amazon → Anthropic (2026)", "Amazon → Antropic (2024)"],
            ],
            table: deals, path: [.key("highlight"), .index(1)],
            message:
                "Highlight 'Amazon → Antropic (2024)' matches no value of field 'deal'; did you mean 'Amazon → Anthropic (2024)'?"
        ),
        SpecErrorCase(
            name: "reference value not a number",
            spec: [
                "type": "bar", "title": "T", "label": "deal", "value": "investment",
                "reference": ["value": "200B", "label": "Capex"],
            ],
            table: deals, path: [.key("reference"), .key("value")],
            message: "Key 'reference.value' must be a number, not '200B'"),
        SpecErrorCase(
            name: "too many stacked series",
            spec: [
                "type": "stacked-bar", "title": "T", "label": "deal",
                "series": ["a", "b", "c", "d"],
            ], table: deals,
            path: [.key("series"), .index(3)],
            message: "Key 'series' lists 4 fields; a stacked-bar chart shows at most 3"),
        SpecErrorCase(
            name: "line x holds text",
            spec: ["type": "line", "title": "T", "x": "company", "y": "amount"],
            table: Fixtures.capex,
            path: [.key("x")],
            message: "Field 'company' for key 'x' must hold years or dates, but row 1 has 'Amazon'"),
        SpecErrorCase(
            name: "repeated year in a series",
            spec: ["type": "line", "title": "T", "x": "year", "y": "amount"], table: Fixtures.capex,
            path: [.key("x")],
            message: "Field 'year' for key 'x' repeats '2023' for series 'Amount' (rows 1 and 5)"),
        SpecErrorCase(
            name: "mixed currencies",
            spec: ["type": "bar", "title": "T", "label": "deal", "value": "investment"],
            table: ChartTable(
                columns: ["deal", "investment"],
                rows: [
                    [.text("A"), Fixtures.usd("1")],
                    [.text("B"), .number(ChartNumber(value: 5, unit: .money(currency: "EUR")))],
                ]),
            path: [.key("value")],
            message: "Field 'investment' for key 'value' mixes units 'USD' and 'EUR' (row 2)"),
        SpecErrorCase(
            name: "spec not a mapping", spec: ["bar"], table: deals, path: [],
            message: "Chart spec must be a mapping of keys, not a list"),
        SpecErrorCase(
            name: "diagonal not positive",
            spec: [
                "type": "scatter", "title": "T", "x": "investment", "y": "commitment",
                "label": "deal", "diagonals": [1, 0],
            ],
            table: Fixtures.bubbles, path: [.key("diagonals"), .index(1)],
            message: "Key 'diagonals' must list positive numbers, not '0'"),
    ]

    @Test("Spec errors carry the full message and key path", arguments: cases)
    func specError(_ c: SpecErrorCase) {
        do {
            _ = try ChartRenderer().render(input: c.spec, table: c.table)
            Issue.record("Expected an error for \(c.name)")
        } catch {
            #expect(error.message == c.message)
            #expect(error.keyPath == c.path)
        }
    }

    @Test func nonFiniteNumbersAreRejectedBeforeRendering() {
        let table = ChartTable(
            columns: ["deal", "investment"],
            rows: [
                [.text("A"), .number(ChartNumber(value: .nan, unit: .money(currency: "USD")))]
            ])
        do {
            _ = try ChartRenderer().render(
                input: ["type": "bar", "title": "T", "label": "deal", "value": "investment"],
                table: table)
            Issue.record("Expected an error for a NaN value")
        } catch {
            #expect(
                error.message
                    == "Field 'investment' for key 'value' has a value that is not a finite number in row 1"
            )
            #expect(error.keyPath == [.key("value")])
        }
    }

    @Test func dottedPathJoinsKeysAndIndexes() {
        let error = ChartSpecError(
            keyPath: [.key("series"), .index(1), .key("field")], message: "m")
        #expect(error.dottedPath == "series[1].field")
        #expect(error.description == "m")
    }

    @Test func dataAndValuesAndFilterAreAcceptedAndIgnored() throws {
        let spec = try ChartRenderer().parse([
            "type": "bar", "title": "Deals", "values": [["deal": "A"]], "filter": "x == y",
            "label": "deal", "value": "investment",
        ])
        #expect(spec.slug == "deals")
        #expect(spec.dataKeyPath == [.key("values")])
    }

    @Test func slugComesFromTheTitle() throws {
        let spec = try ChartRenderer().parse(Fixtures.barSpec)
        #expect(spec.slug == "amazons-two-2026-bets-dwarf-earlier-ai-stakes")
    }
}

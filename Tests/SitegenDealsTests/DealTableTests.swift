import SitegenData
import SitegenSupport
import Testing

@testable import SitegenDeals

@Suite struct DataTableTests {
    let catalog = Fixtures.catalog()

    private func table(_ yaml: String, lineOffset: Int = 0) throws -> DataTable {
        try catalog.table(for: try TableSpec.parse(yaml, path: "a.md", lineOffset: lineOffset))
    }

    @Test func givesDealsComputedColumnsAndTypedCells() throws {
        let table = try #require(catalog.table(named: "deals"))
        #expect(
            table.fields == [
                "id", "name", "announced", "investor", "investor_name", "investee",
                "investee_name", "status",
                "investment", "investment_firm", "investment_contingent", "commitment", "term",
                "provider", "provider_name",
                "annual_commitment",
                "commitment_multiple", "capex_share", "commitment_capex_share", "summary",
                "sources",
            ])
        let annual = try #require(table.columnIndex("annual_commitment"))
        #expect(table.columns[annual].title == "Annual commitment")
        #expect(table.columns[annual].alignment == .right)
        #expect(table.columns[annual].unit == .moneyPerYear(currency: "USD"))
        #expect(table.rows[0][annual].formatted() == "at least $10B a year")
        #expect(table.rows[0][annual].formatted(.short) == "≥$10B/yr")
        #expect(table.rows[0][annual].machineValue == "10000000000..")
        #expect(table.rows[1][annual] == .missing)
        let name = try #require(table.columnIndex("investor_name"))
        #expect(table.rows.map { $0[name].formatted() } == ["Amazon", "Google"])
        let dealName = try #require(table.columnIndex("name"))
        #expect(table.rows[0][dealName] == .text("Amazon\u{2013}Anthropic 2026"))
        #expect(table.columns[name].alignment == .left)
    }

    @Test func filtersSortsAndPicksColumnsWithTitles() throws {
        let result = try table(
            """
            data: deals
            columns: [id, {field: investment, title: Equity}, announced]
            sort: announced
            filter: {investee: anthropic}
            caption: All Anthropic deals
            """)
        #expect(result.columns.map(\.title) == ["Id", "Equity", "Announced"])
        #expect(
            result.rows.map { $0.map { $0.formatted() } } == [
                ["google-anthropic-2025", "$1B", "October 2025"],
                ["amazon-anthropic-2026", "up to $25B", "April 2026"],
            ])
        #expect(result.caption == "All Anthropic deals")
    }

    @Test func sortsDescendingWithMissingCellsLast() throws {
        let result = try table("data: deals\ncolumns: [id, commitment]\nsort: -commitment\n")
        #expect(
            result.rows.map { $0[0].formatted() } == [
                "amazon-anthropic-2026", "google-anthropic-2025",
            ])
        let ascending = try table("data: deals\ncolumns: [id, commitment]\nsort: commitment\n")
        #expect(
            ascending.rows.map { $0[0].formatted() } == [
                "amazon-anthropic-2026", "google-anthropic-2025",
            ])
    }

    @Test func filtersNumbersAndYearsByTheirWrittenValue() throws {
        let result = try table(
            "data: capex\ncolumns: [year, amount, basis]\nfilter: {year: 2026}\n")
        #expect(
            result.rows.map { $0.map { $0.formatted() } } == [["2026", "about $200B", "guided"]])
        #expect(result.columns.map(\.alignment) == [.right, .right, .left])
    }

    @Test func buildsCompaniesAndSourcesTables() throws {
        let companies = try #require(catalog.table(named: "companies"))
        #expect(
            companies.fields == [
                "id", "name", "kind", "invested", "received", "committed", "commitments_received",
                "deal_count",
            ])
        #expect(companies.rows.map { $0[7].formatted() } == ["1", "2", "1"])
        #expect(companies.rows[1][4].formatted() == "$1B to $26B")
        let sources = try #require(catalog.table(named: "sources"))
        #expect(
            sources.rows[1].map { $0.formatted() } == [
                "amazon-q4-2025-call", "Amazon", "Fourth quarter 2025 results conference call",
                "5 February 2026", "",
            ])
    }

    @Test func readsInlineCSVAsPlainRecords() throws {
        let result = try table(
            """
            csv: |
              lab,year,spend
              A,2024,1.5
              B,2025,12
            sort: -spend
            """)
        #expect(result.name == "csv")
        #expect(
            result.rows.map { $0.map { $0.formatted() } } == [
                ["B", "2025", "12"], ["A", "2024", "1.5"],
            ])
        #expect(result.columns.map(\.alignment) == [.left, .right, .right])
        #expect(result.rows[0][2].numericValue == 12)
    }

    @Test(arguments: [
        (
            "data: dels\n",
            "a.md:6:7: error: Unknown dataset 'dels' for 'data'; did you mean 'deals'?"
        ),
        (
            "data: revenue\n",
            "a.md:6:7: error: Unknown dataset 'revenue' for 'data'; datasets are 'capex', 'companies', 'deals', 'extra', 'metrics' and 'sources'"
        ),
        (
            "data: deals\ncolumns: [id, anual_commitment]\n",
            "a.md:7:15: error: Unknown field 'anual_commitment' in 'columns'; did you mean 'annual_commitment'?"
        ),
        (
            "data: deals\nsort: -stauts\n",
            "a.md:7:8: error: Unknown field 'stauts' in 'sort'; did you mean 'status'?"
        ),
        (
            "data: extra\nfilter: {x: 1}\n",
            "a.md:7:10: error: Unknown field 'x' in 'filter'; fields are 'name' and 'score.value'"
        ),
        (
            "csv: |\n  a,b\n  1,2,3\n",
            "a.md:8:3: error: Expected 2 fields as in the header, found 3"
        ),
        (
            "csv: \"a,b\\n\\\"1\"\n",
            "a.md:6:6: error: Unterminated quoted field; close it with '\"'"
        ),
    ])
    func reportsTableErrorsWithNearestFields(yaml: String, message: String) {
        let catalog = Fixtures.catalog([
            DataFile(path: "content/data/extra.yaml", text: "- name: a\n  score: {value: 3}\n")
        ])
        let error = thrownDiagnostic { () throws(DataDiagnostic) in
            try catalog.table(for: try TableSpec.parse(yaml, path: "a.md", lineOffset: 5))
        }
        #expect(error?.description == message)
    }

    @Test func flattensNestedPlainRecordsIntoDottedFields() throws {
        let catalog = Fixtures.catalog([
            DataFile(
                path: "content/data/extra.json",
                text:
                    "[{\"name\": \"a\", \"score\": {\"value\": 3}, \"tags\": [\"x\", \"y\"]}, {\"name\": \"b\"}]"
            )
        ])
        let table = try #require(catalog.table(named: "extra"))
        #expect(table.fields == ["name", "score.value", "tags"])
        #expect(
            table.rows.map { $0.map { $0.formatted() } } == [["a", "3", "x, y"], ["b", "", ""]])
        #expect(table.cells("score.value") == [.number(3, text: "3"), .missing])
    }
}

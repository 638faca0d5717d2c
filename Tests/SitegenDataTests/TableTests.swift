import SitegenSupport
import Testing

@testable import SitegenData

@Suite struct TableSpecTests {
    @Test func parsesAllKeysWithDocumentPositions() throws {
        let yaml = """
            data: deals
            columns: [id, {field: annual_commitment, title: Per year}]
            sort: -annual_commitment
            filter: {status: announced, investor: [amazon, google]}
            caption: Deals by annual commitment
            """
        let spec = try TableSpec.parse(yaml, path: "content/analyses/a.md", lineOffset: 10)
        #expect(spec.source == .dataset("deals"))
        #expect(spec.sourcePosition == SourcePosition(line: 11, column: 7))
        #expect(spec.columns.map(\.field) == ["id", "annual_commitment"])
        #expect(spec.columns.map(\.title) == [nil, "Per year"])
        #expect(spec.columns[1].position == SourcePosition(line: 12, column: 23))
        #expect(
            spec.sort
                == TableSpec.Sort(
                    field: "annual_commitment", descending: true,
                    position: SourcePosition(line: 13, column: 8)))
        #expect(spec.filters.map(\.field) == ["status", "investor"])
        #expect(spec.filters[1].values == ["amazon", "google"])
        #expect(spec.caption == "Deals by annual commitment")
    }

    @Test(arguments: [
        (
            "data: deals\ncolums: [id]\n",
            "a.md:12:1: error: Unknown key 'colums'; did you mean 'columns'?"
        ),
        (
            "columns: [id]\n",
            "a.md:11:1: error: Missing value for key 'data'; name a dataset or give inline 'csv'"
        ),
        ("data: deals\ncsv: \"a\\n1\"\n", "a.md:12:6: error: Use either 'data' or 'csv', not both"),
        (
            "data: deals\ncolumns: id\n",
            "a.md:12:10: error: Expected a list of fields for 'columns', found a string"
        ),
        (
            "data: deals\nfilter: [status]\n",
            "a.md:12:9: error: Expected a map of fields to values for 'filter', found a list"
        ),
        (
            "data: deals\ncolumns: [{title: X}]\n",
            "a.md:12:11: error: Missing value for key 'columns[1].field'"
        ),
        ("data: [deals]\n", "a.md:11:7: error: Expected a string for 'data', found a list"),
        ("- data\n", "a.md:11:1: error: Expected a map, found a list"),
        ("", "a.md:11:1: error: The table block is empty; give 'data' or 'csv'"),
        (
            "data: deals\nsort: {a: 1}\n",
            "a.md:12:7: error: Expected a string for 'sort', found a map"
        ),
    ])
    func reportsSpecErrorsAtDocumentLines(yaml: String, message: String) {
        let error = thrownDiagnostic { () throws(DataDiagnostic) in
            try TableSpec.parse(yaml, path: "a.md", lineOffset: 10)
        }
        #expect(error?.description == message)
    }
}

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
                "investment", "commitment", "term", "provider", "provider_name",
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
            "a.md:6:7: error: Unknown dataset 'revenue' for 'data'; datasets are 'capex', 'companies', 'deals', 'extra' and 'sources'"
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

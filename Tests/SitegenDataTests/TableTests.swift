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

/// A table's rows keep their figure names through every filter and sort.
@Suite struct TableFigureNameTests {
    func table() -> DataTable {
        DataTable.make(
            name: "deals", fields: [("id", "Id"), ("amount", "Amount"), ("note", "Note")],
            rows: [
                [.text("a"), .quantity(.exact(3), .count), .text("x")],
                [.text("b"), .missing, .text("y")],
                [.text("c"), .quantity(.exact(1), .count), .text("z")],
            ]
        ).naming(rowKeys: ["deals.a.", "deals.b.", "deals.c."], suffixes: ["amount": "amount"])
    }

    @Test func cellsWithValuesNameTheirFigures() {
        #expect(table().figureNames() == ["deals.a.amount", "deals.c.amount"])
        #expect(table().figureNames(inFields: ["note"]) == [])
        #expect(DataTable(name: "csv", columns: [], rows: []).figureNames() == [])
    }

    @Test func filtersAndSortsKeepEachRowsKey() {
        let sorted = table().sortingRows(by: 1, descending: false)
        #expect(sorted.rowKeys == ["deals.c.", "deals.a.", "deals.b."])
        #expect(sorted.figureNames() == ["deals.c.amount", "deals.a.amount"])
        let kept = table().keepingRows(where: 0, in: ["c", "b"])
        #expect(kept.rowKeys == ["deals.b.", "deals.c."])
        #expect(table().keepingRows(at: [2, 0, 2]).rowKeys == ["deals.a.", "deals.c."])
    }
}

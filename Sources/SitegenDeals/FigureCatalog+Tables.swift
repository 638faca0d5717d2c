import Foundation
public import SitegenData
import SitegenSupport

extension FigureCatalog {
    /// The full table of a dataset: every field, in file order.
    ///
    /// `deals`, `companies`, `capex` and `sources` get typed cells and computed columns (see
    /// docs/data-format.md); any other dataset gives one column per field, nested maps as dotted
    /// fields.
    public func table(named name: String) -> DataTable? {
        tables[name]
    }

    /// Builds the full table of a dataset; `init` calls it once per dataset.
    func buildTable(named name: String) -> DataTable? {
        switch name {
        case DealDatasets.deals where dataSet.dataset(named: name) != nil: return dealsTable()
        case DealDatasets.companies where dataSet.dataset(named: name) != nil:
            return companiesTable()
        case DealDatasets.capex where dataSet.dataset(named: name) != nil: return capexTable()
        case DealDatasets.sources where dataSet.dataset(named: name) != nil: return sourcesTable()
        default: return dataSet.dataset(named: name).map { Self.plainTable($0.name, $0.records) }
        }
    }

    /// The table a ```` ```table ```` block asks for: its dataset or inline CSV, filtered,
    /// sorted and cut to its columns.
    ///
    /// - Throws: An error at the spec's line naming the key: an unknown dataset, a malformed
    ///   inline CSV, or an unknown field in `columns`, `sort` or `filter` with the nearest
    ///   valid fields.
    public func table(for spec: TableSpec) throws(DataDiagnostic) -> DataTable {
        var table: DataTable
        switch spec.source {
        case .dataset(let name):
            guard let found = self.table(named: name) else {
                let names = tables.keys.sorted()
                let hint = EditDistance.didYouMean(name, among: names)
                let message =
                    dataSet.datasets.isEmpty
                    ? "Unknown dataset '\(name)' for 'data'; there are no datasets in content/data, only the built-in 'metrics'"
                    : hint.isEmpty
                        ? "Unknown dataset '\(name)' for 'data'; datasets are \(Quoting.list(names, conjunction: "and"))"
                        : "Unknown dataset '\(name)' for 'data'\(hint)"
                throw DataDiagnostic(
                    path: spec.path, position: spec.sourcePosition, message: message)
            }
            table = found
        case .csv(let text, let lineOffset, let columnOffset):
            let value: DataValue
            do {
                value = try CSVLoader.load(
                    text, path: spec.path, lineOffset: lineOffset, columnOffset: columnOffset)
            } catch {
                throw spec.csvLinesMapToDocument
                    ? error : error.located(path: spec.path, position: spec.sourcePosition)
            }
            table = Self.plainTable("csv", value.items ?? [])
        }
        for filter in spec.filters {
            let index = try table.requireColumn(
                filter.field, key: "filter", path: spec.path, position: filter.position)
            table = table.keepingRows(where: index, in: filter.values)
        }
        if let sort = spec.sort {
            let index = try table.requireColumn(
                sort.field, key: "sort", path: spec.path, position: sort.position)
            table = table.sortingRows(by: index, descending: sort.descending)
        }
        if !spec.columns.isEmpty {
            var indices: [Int] = []
            for column in spec.columns {
                indices.append(
                    try table.requireColumn(
                        column.field, key: "columns", path: spec.path, position: column.position))
            }
            table.columns = zip(indices, spec.columns).map { index, column in
                var result = table.columns[index]
                if let title = column.title { result.title = title }
                return result
            }
            table.rows = table.rows.map { row in indices.map { row[$0] } }
        }
        table.caption = spec.caption
        return table
    }

    // MARK: Typed tables

    private func figureCell(_ name: String) -> DataCell {
        guard let figure = try? figure(named: name) else { return .missing }
        switch figure.value {
        case .quantity(let bounds, let unit): return .quantity(bounds, unit)
        case .date(let date): return .date(date)
        }
    }

    private static func money(_ value: QualifiedMoney?) -> DataCell {
        value.map { .quantity($0.bounds, .money(currency: $0.money.currency)) } ?? .missing
    }

    private static func text(_ value: String?) -> DataCell { value.map { .text($0) } ?? .missing }

    private func dealsTable() -> DataTable {
        let fields = [
            "id", "name", "announced", "investor", "investor_name", "investee", "investee_name",
            "status",
            "investment", "investment_firm", "investment_contingent", "commitment", "term",
            "provider", "provider_name", "annual_commitment",
            "commitment_multiple", "capex_share", "commitment_capex_share", "summary", "sources",
        ]
        let rows = dataSet.deals.map { deal -> [DataCell] in
            let provider = deal.commitment?.provider
            let prefix = "deals.\(deal.id)."
            return [
                .text(deal.id), .text(dataSet.dealName(deal)), .date(deal.announced),
                .text(deal.investor),
                .text(dataSet.companyName(deal.investor)), .text(deal.investee),
                .text(dataSet.companyName(deal.investee)), .text(deal.status.rawValue),
                Self.money(deal.investment), figureCell(prefix + "investment_firm"),
                figureCell(prefix + "investment_contingent"), Self.money(deal.commitment?.amount),
                deal.commitment?.termYears.map { .quantity(.exact($0), .years) } ?? .missing,
                Self.text(provider), Self.text(provider.map(dataSet.companyName)),
                figureCell(prefix + "annual_commitment"),
                figureCell(prefix + "commitment_multiple"),
                figureCell(prefix + "capex_share"), figureCell(prefix + "commitment_capex_share"),
                .text(deal.summary), .text(deal.sources.joined(separator: ", ")),
            ]
        }
        let figureFields = [
            "announced", "investment", "investment_firm", "investment_contingent", "commitment",
            "term", "annual_commitment",
            "commitment_multiple", "capex_share", "commitment_capex_share",
        ]
        return DataTable.make(name: DealDatasets.deals, fields: Self.titled(fields), rows: rows)
            .naming(
                rowKeys: dataSet.deals.map { "deals.\($0.id)." },
                suffixes: Dictionary(uniqueKeysWithValues: figureFields.map { ($0, $0) }))
    }

    private func companiesTable() -> DataTable {
        let metrics = ["invested", "received", "committed", "commitments_received", "deal_count"]
        let rows = dataSet.companies.map { company -> [DataCell] in
            [.text(company.id), .text(company.name), .text(company.kind.rawValue)]
                + metrics.map { figureCell("companies.\(company.id).\($0)") }
        }
        return DataTable.make(
            name: DealDatasets.companies, fields: Self.titled(["id", "name", "kind"] + metrics),
            rows: rows
        ).naming(
            rowKeys: dataSet.companies.map { "companies.\($0.id)." },
            suffixes: Dictionary(uniqueKeysWithValues: metrics.map { ($0, $0) }))
    }

    private func capexTable() -> DataTable {
        let fields = ["company", "company_name", "year", "amount", "qualifier", "basis", "source"]
        let rows = dataSet.capex.map { entry -> [DataCell] in
            [
                .text(entry.company), .text(dataSet.companyName(entry.company)), .year(entry.year),
                Self.money(entry.amount), .text(entry.amount.qualifier.rawValue),
                .text(entry.basis.rawValue), .text(entry.source),
            ]
        }
        return DataTable.make(name: DealDatasets.capex, fields: Self.titled(fields), rows: rows)
            .naming(
                rowKeys: dataSet.capex.map { "companies.\($0.company).capex.\($0.year)" },
                suffixes: ["amount": ""])
    }

    private func sourcesTable() -> DataTable {
        let rows = dataSet.sources.map { source -> [DataCell] in
            [
                .text(source.id), .text(source.publisher), .text(source.title), .date(source.date),
                Self.text(source.url),
            ]
        }
        return DataTable.make(
            name: DealDatasets.sources,
            fields: Self.titled(["id", "publisher", "title", "date", "url"]),
            rows: rows)
    }

    /// The metric registry as a table: one row a figure kind, in declaration order.
    static func metricsTable() -> DataTable {
        let rows = MetricDefinition.all.map { definition -> [DataCell] in
            [
                .text(definition.pattern), .text(definition.summary),
                .text(definition.isDerived ? definition.formula : "as reported in the data"),
                .text(definition.unit),
                definition.inputs.isEmpty
                    ? .missing : .text(definition.inputs.joined(separator: ", ")),
            ]
        }
        return DataTable.make(
            name: DealDatasets.metrics,
            fields: [
                ("name", "Figure name"), ("summary", "What it is"), ("formula", "Formula"),
                ("unit", "Unit"), ("inputs", "Reads"),
            ], rows: rows)
    }

    private static func titled(_ fields: [String]) -> [(field: String, title: String)] {
        fields.map { ($0, DataTable.title(for: $0)) }
    }

    // MARK: Plain tables

    /// A table of plain records: numbers are plain numbers, booleans and strings are text,
    /// lists of scalars are joined with ", ", nested maps give dotted fields.
    public static func plainTable(_ name: String, _ records: [DataValue]) -> DataTable {
        let dataset = Dataset(
            name: name, path: "", format: .yaml, records: records, position: .start)
        let fields = dataset.fieldNames
        var rows = records.map { record in
            fields.map { field -> DataCell in
                guard let value = record.value(atKeyPath: field) else { return .missing }
                return plainCell(value)
            }
        }
        for (index, field) in fields.enumerated() {
            if let cells = timeCells(field: field, rows.map { $0[index] }) {
                for row in rows.indices { rows[row][index] = cells[row] }
            }
        }
        return DataTable.make(name: name, fields: titled(fields), rows: rows)
    }

    /// The cells of a column as years or dates, when every cell that is there reads as one.
    ///
    /// Years are four-digit whole numbers or texts (1000 to 9999) in a field whose name says
    /// `year`; dates are `YYYY-MM` and `YYYY-MM-DD` texts in any field. Nil for any other
    /// column, whose cells stay as they are; a year is never shown as `2,024`.
    private static func timeCells(field: String, _ cells: [DataCell]) -> [DataCell]? {
        let present = cells.filter { !$0.isMissing }
        guard !present.isEmpty else { return nil }
        let namesYears = field.lowercased().contains("year")
        var converted: [DataCell] = []
        for cell in cells {
            switch cell {
            case .missing: converted.append(.missing)
            case .number(_, let text), .text(let text):
                if namesYears, let year = fourDigitYear(text) {
                    converted.append(.year(year))
                } else if case .text = cell, text.count >= 7, text.contains("-"),
                    let date = try? CalendarDate.parse(text), date.month != nil
                {
                    converted.append(.date(date))
                } else {
                    return nil
                }
            default: return nil
            }
        }
        return converted
    }

    private static func fourDigitYear(_ text: String) -> Int? {
        guard text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text),
            (1000...9999).contains(year)
        else { return nil }
        return year
    }

    private static func plainCell(_ value: DataValue) -> DataCell {
        switch value.kind {
        case .null: return .missing
        case .number(let number, let text): return .number(number, text: text)
        case .bool, .string: return .text(value.scalarText ?? "")
        case .list(let items):
            return .text(items.compactMap(\.scalarText).joined(separator: ", "))
        case .map: return .missing
        }
    }
}

import Foundation
import SitegenCharts
import SitegenData
import SitegenDeals
import SitegenMarkdown

/// Renders a ```` ```chart ```` block: its YAML spec, the dataset or inline values it names,
/// filtered and sorted by Core, drawn by SitegenCharts.
///
/// Every problem is a diagnostic at the offending key's line and column.
struct ChartBlock {
    let catalog: FigureCatalog
    let file: SourceFile

    /// The `sort` values SitegenCharts understands; any other value is a field to sort by
    /// (`-field` for descending), applied here.
    static let chartSorts: Set<String> = ["descending", "ascending", "input"]

    /// A drawn chart and the names of the figures its cells are.
    struct Drawn {
        var chart: RenderedChart
        var figures: [String]
    }

    /// The chart of the block whose body starts after line `fenceLine`.
    ///
    /// Chart ids are claimed in `ids`, so two charts or a chart and a heading never share one.
    func render(_ body: String, fenceLine: Int, ids: inout DocumentIDs) -> Result<
        Drawn, Diagnostic
    > {
        let spec: DataValue
        do {
            spec = try YAMLLoader.load(body, path: file.path, lineOffset: fenceLine)
        } catch {
            return .failure(Diagnostic(error, in: file))
        }
        guard spec.entries != nil else {
            return .failure(
                at(
                    spec,
                    "A chart block holds a YAML mapping of keys such as 'type', 'title' and 'data'")
            )
        }
        var table: DataTable
        switch source(of: spec) {
        case .failure(let diagnostic): return .failure(diagnostic)
        case .success(let found): table = found
        }
        var input = ChartInputConversion.input(from: spec)
        if let filter = spec["filter"] {
            switch filtered(table, by: filter) {
            case .failure(let diagnostic): return .failure(diagnostic)
            case .success(let kept): table = kept
            }
        }
        if let sort = spec["sort"], let text = sort.string, !Self.chartSorts.contains(text) {
            let descending = text.hasPrefix("-")
            let field = descending ? String(text.dropFirst()) : text
            guard let index = table.columnIndex(field) else {
                return .failure(at(sort, unknownField(field, key: "sort", in: table)))
            }
            table = table.sortingRows(by: index, descending: descending)
            input = input.replacing(key: "sort", with: .string("input"))
        }
        do {
            let renderer = ChartRenderer()
            var chartSpec = try renderer.parse(input)
            chartSpec.slug = ids.claim(chartSpec.slug)
            let chart = try renderer.render(
                spec: chartSpec, table: ChartTableConversion.table(from: table))
            return .success(
                Drawn(chart: chart, figures: table.figureNames(inFields: chartSpec.fieldNames)))
        } catch {
            let node = spec.value(at: error.keyPath) ?? spec
            return .failure(at(node, error.message))
        }
    }

    private func source(of spec: DataValue) -> Result<DataTable, Diagnostic> {
        if let data = spec["data"] {
            guard let name = data.string else {
                return .failure(at(data, "Expected a dataset name for 'data'"))
            }
            guard let table = catalog.table(named: name) else {
                let names = catalog.dataSet.datasets.map(\.name).sorted()
                let list =
                    names.isEmpty
                    ? "there are no datasets in content/data"
                    : "datasets are " + names.map { "'\($0)'" }.joined(separator: ", ")
                return .failure(at(data, "Unknown dataset '\(name)' for 'data'; \(list)"))
            }
            return .success(table)
        }
        if let values = spec["values"] {
            guard let rows = values.items, rows.allSatisfy({ $0.entries != nil }) else {
                return .failure(at(values, "Expected a list of rows (mappings) for 'values'"))
            }
            return .success(ChartTableConversion.inlineTable(rows))
        }
        return .failure(
            at(
                spec,
                "Missing value for key 'data'; name a dataset from content/data or give inline 'values'"
            ))
    }

    private func filtered(_ table: DataTable, by filter: DataValue) -> Result<DataTable, Diagnostic>
    {
        guard let entries = filter.entries else {
            return .failure(at(filter, "Expected a mapping of field to value for 'filter'"))
        }
        var result = table
        for entry in entries {
            guard let index = result.columnIndex(entry.key) else {
                var node = entry.value
                node.position = entry.keyPosition
                return .failure(at(node, unknownField(entry.key, key: "filter", in: table)))
            }
            let wanted = (entry.value.items ?? [entry.value]).compactMap(\.scalarText)
            result = result.keepingRows(where: index, in: wanted)
        }
        return .success(result)
    }

    private func unknownField(_ field: String, key: String, in table: DataTable) -> String {
        "Unknown field '\(field)' for '\(key)'; fields are "
            + table.fields.map { "'\($0)'" }.joined(separator: ", ")
    }

    private func at(_ node: DataValue, _ message: String) -> Diagnostic {
        file.diagnostic(.error, message, line: node.position.line, column: node.position.column)
    }
}

import SitegenSupport

/// Reads a table block's YAML tree into a `TableSpec`, appending every problem.
struct TableSpecParser {
    let text: String
    let path: String
    let lineOffset: Int

    func parse(_ root: DataValue, diagnostics: inout [DataDiagnostic]) -> TableSpec? {
        if root.isNull {
            diagnostics.append(
                DataDiagnostic(
                    path: path, position: root.position,
                    message: "The table block is empty; give 'data' or 'csv'"))
            return nil
        }
        guard
            let map = MapDecoder(
                root, path: path, required: [], optional: TableSpec.keys, diagnostics: &diagnostics)
        else { return nil }
        let source = self.source(map, diagnostics: &diagnostics)
        let columns = self.columns(map, diagnostics: &diagnostics)
        let sort = self.sort(map, diagnostics: &diagnostics)
        let filters = self.filters(map, diagnostics: &diagnostics)
        let caption = map.string("caption", diagnostics: &diagnostics)
        guard let source else { return nil }
        var spec = TableSpec(
            path: path, source: source.0, sourcePosition: source.1, columns: columns, sort: sort,
            filters: filters, caption: caption)
        if case .csv = source.0 { spec.csvLinesMapToDocument = isBlockScalar(source.1) }
        return spec
    }

    private func source(_ map: MapDecoder, diagnostics: inout [DataDiagnostic])
        -> (TableSpec.Source, SourcePosition)?
    {
        let data = map.value("data")
        let csv = map.value("csv")
        switch (data, csv) {
        case (.some, .some):
            diagnostics.append(map.error("Use either 'data' or 'csv', not both", at: "csv"))
            return nil
        case (nil, nil):
            diagnostics.append(
                DataDiagnostic(
                    path: path, position: map.value.position,
                    message: "Missing value for key 'data'; name a dataset or give inline 'csv'"))
            return nil
        case (let value?, nil):
            guard let name = map.string("data", diagnostics: &diagnostics) else { return nil }
            return (.dataset(name), value.position)
        case (nil, let value?):
            guard let csvText = map.string("csv", diagnostics: &diagnostics) else { return nil }
            let offsets = csvOffsets(value.position)
            return (
                .csv(csvText, lineOffset: offsets.line, columnOffset: offsets.column),
                value.position
            )
        }
    }

    /// Whether the scalar at `position` starts with a block indicator (`|` or `>`).
    private func isBlockScalar(_ position: SourcePosition) -> Bool {
        let lines = LineIndex(text, yamlBreaks: true)
        let line = Array(lines.lineText(position.line - lineOffset).utf8)
        let start = position.column - 1
        return start < line.count
            && (line[start] == UInt8(ascii: "|") || line[start] == UInt8(ascii: ">"))
    }

    /// Where the CSV text starts: after a block indicator (`|` or `>`) it is the next line at
    /// the block's indentation; for a quoted or plain scalar it is the scalar itself.
    private func csvOffsets(_ position: SourcePosition) -> (line: Int, column: Int) {
        let lines = LineIndex(text, yamlBreaks: true)
        let localLine = position.line - lineOffset
        let line = Array(lines.lineText(localLine).utf8)
        let start = position.column - 1
        if start < line.count, line[start] == UInt8(ascii: "|") || line[start] == UInt8(ascii: ">")
        {
            var next = localLine + 1
            while next <= lines.lineStarts.count, lines.lineText(next).allSatisfy(\.isWhitespace) {
                next += 1
            }
            let indent = lines.lineText(next).prefix { $0 == " " }.count
            return (position.line, indent)
        }
        let quoted =
            start < line.count
            && (line[start] == UInt8(ascii: "\"") || line[start] == UInt8(ascii: "'"))
        return (position.line - 1, position.column - 1 + (quoted ? 1 : 0))
    }

    private func columns(_ map: MapDecoder, diagnostics: inout [DataDiagnostic]) -> [TableSpec
        .Column]
    {
        guard let value = map.value("columns") else { return [] }
        guard let items = value.items else {
            diagnostics.append(
                map.error(
                    "Expected a list of fields for 'columns', found \(value.typeDescription)",
                    at: "columns"))
            return []
        }
        var columns: [TableSpec.Column] = []
        for (index, item) in items.enumerated() {
            if let field = item.scalarText, item.bool == nil {
                columns.append(TableSpec.Column(field: field, title: nil, position: item.position))
                continue
            }
            guard
                let entry = MapDecoder(
                    item, path: path, keyPath: "columns[\(index + 1)]", required: ["field"],
                    optional: ["title"], diagnostics: &diagnostics),
                let field = entry.string("field", diagnostics: &diagnostics)
            else { continue }
            columns.append(
                TableSpec.Column(
                    field: field, title: entry.string("title", diagnostics: &diagnostics),
                    position: entry.position(of: "field")))
        }
        return columns
    }

    private func sort(_ map: MapDecoder, diagnostics: inout [DataDiagnostic]) -> TableSpec.Sort? {
        guard let text = map.string("sort", diagnostics: &diagnostics) else { return nil }
        let descending = text.hasPrefix("-")
        let field = descending ? String(text.dropFirst()) : text
        let position = map.position(of: "sort")
        return TableSpec.Sort(
            field: field, descending: descending,
            position: descending
                ? SourcePosition(line: position.line, column: position.column + 1) : position)
    }

    private func filters(_ map: MapDecoder, diagnostics: inout [DataDiagnostic]) -> [TableSpec
        .Filter]
    {
        guard let value = map.value("filter") else { return [] }
        guard let entries = value.entries else {
            diagnostics.append(
                map.error(
                    "Expected a map of fields to values for 'filter', found \(value.typeDescription)",
                    at: "filter"))
            return []
        }
        var filters: [TableSpec.Filter] = []
        for entry in entries {
            let values: [String]
            if let items = entry.value.items {
                values = items.compactMap(\.scalarText)
                if values.count != items.count {
                    diagnostics.append(
                        DataDiagnostic(
                            path: path, position: entry.value.position,
                            message:
                                "Expected values for 'filter.\(entry.key)', found a nested list or map"
                        ))
                    continue
                }
            } else if let text = entry.value.scalarText {
                values = [text]
            } else {
                diagnostics.append(
                    DataDiagnostic(
                        path: path, position: entry.value.position,
                        message:
                            "Expected a value or a list of values for 'filter.\(entry.key)', found \(entry.value.typeDescription)"
                    ))
                continue
            }
            filters.append(
                TableSpec.Filter(field: entry.key, values: values, position: entry.keyPosition))
        }
        return filters
    }
}

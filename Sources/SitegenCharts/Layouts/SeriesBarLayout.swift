/// Grouped bar (one bar per series) and stacked bar (parts of a whole) charts (CHARTS.md 3.2).
struct SeriesBarLayout: ChartLayout {
    struct Row {
        let label: String
        let numbers: [ChartNumber?]
        let total: ChartNumber?
    }

    let spec: ChartSpec
    let series: SeriesChartSpec
    let stacked: Bool
    let rows: [Row]
    let unit: ChartUnit
    /// The labels of the rows left out because no series has a value there.
    let omitted: [String]

    init(spec: ChartSpec, series: SeriesChartSpec, stacked: Bool, reader: FieldReader)
        throws(ChartSpecError)
    {
        self.spec = spec
        self.series = series
        self.stacked = stacked
        let labels = try reader.texts(series.label, key: "label")
        var columns: [[ChartNumber?]] = []
        var unit: ChartUnit?
        for item in series.series {
            let numbers = try reader.numbers(
                item.field, key: "series",
                negativeReason: stacked
                    ? "stacked bars cannot show negative parts; use a grouped bar or a waterfall"
                    : nil,
                rangeReason: stacked
                    ? "a stacked part is one amount or a bound; stack the firm and the contingent part as two series"
                    : nil)
            if let first = numbers.compactMap({ $0?.unit }).first {
                if let unit, unit != first {
                    throw ChartSpecError(
                        keyPath: item.field.keyPath,
                        message:
                            "Field '\(item.field.name)' for key 'series' has a different unit from '\(series.series[0].field.name)'; all series share one axis"
                    )
                }
                unit = first
            }
            columns.append(numbers)
        }
        let resolved = unit ?? .plain
        self.unit = resolved
        let unsorted = labels.indices.map { i -> Row in
            let numbers = columns.map { $0[i] }
            let present = numbers.compactMap { $0 }
            return Row(
                label: labels[i] ?? "n/a", numbers: numbers,
                total: present.isEmpty ? nil : sum(present, unit: resolved))
        }
        // A row with no value at all is left out, and a missing bar is not drawn as "n/a";
        // both are named in the notes.
        omitted = unsorted.filter { $0.total == nil }.map(\.label)
        rows = sortRows(
            unsorted.filter { $0.total != nil }, sort: spec.sort,
            value: { row in
                (stacked ? row.total : row.numbers.first ?? nil).map {
                    ValueText.exact($0).doubleValue
                }
            }, label: \.label)
    }

    var isEmpty: Bool { rows.isEmpty }

    var notes: [String] {
        var notes: [String] = []
        if !omitted.isEmpty {
            let measure = series.series.map(\.name).joined(separator: " or ")
            notes.append(omissionNote(omitted, measure: measure))
        }
        for (index, item) in series.series.enumerated() {
            let missing = rows.filter { $0.numbers[index] == nil }.map(\.label)
            if !missing.isEmpty { notes.append(omissionNote(missing, measure: item.name)) }
        }
        return notes
    }

    var svgTitle: String {
        "\(stacked ? "Stacked" : "Grouped") bar chart: \(spec.title), \(ValueText.unitWords(unit))"
    }

    var desc: String {
        let n = rows.count
        let noun = pluralize(humanize(series.label.name).lowercased(), n)
        var text =
            "\(n) \(noun); for each, "
            + series.series.map { $0.name.lowercased() }.joined(
                separator: stacked ? " plus " : " and ") + "."
        if stacked, let top = rows.first(where: { $0.total != nil }), let total = top.total {
            text +=
                " Largest total: \(clipLabel(top.label)), \(ValueText.text(total, style: .words))."
        } else {
            for (index, item) in series.series.enumerated().prefix(2) {
                let best = rows.compactMap { row in row.numbers[index].map { (row.label, $0) } }
                    .max { ValueText.ranksBelow($0.1, $1.1) }
                if let best {
                    text +=
                        " Largest \(item.name.lowercased()): \(clipLabel(best.0)), \(ValueText.text(best.1, style: .words))."
                }
            }
            if series.series.count == 2 {
                let exceeds = rows.filter { row in
                    guard let a = row.numbers[0], let b = row.numbers[1] else { return false }
                    return b.value > a.value
                }.count
                text +=
                    " \(series.series[1].name) exceeds \(series.series[0].name.lowercased()) in \(exceeds) of \(n)."
            }
        }
        return text
    }

    func table(caption: String) -> DataTable {
        var headers =
            [humanize(series.label.name)]
            + series.series.map { item in
                let suffix = ValueText.unitHeader(unit)
                return suffix.isEmpty ? item.name : item.name + " (" + suffix + ")"
            }
        if stacked { headers.append("Total (\(ValueText.unitHeader(unit)))") }
        let derived = rows.contains { $0.numbers.contains { $0?.derived == true } }
        if derived { headers.append("Notes") }
        let body = rows.map { row -> [DataTable.Cell] in
            var cells =
                [DataTable.Cell(text: row.label, isRowHeader: true)]
                + row.numbers.map { DataTable.number($0) }
            if stacked { cells.append(DataTable.number(row.total)) }
            if derived {
                let notes = zip(series.series, row.numbers).compactMap { item, number -> String? in
                    let note = derivedNote(number)
                    return note.isEmpty ? nil : item.name + ": " + note
                }
                cells.append(DataTable.Cell(text: notes.joined(separator: "; ")))
            }
            return cells
        }
        return DataTable(caption: caption, headers: headers, rows: body)
    }

    /// The fill and extra attributes of series `index`'s bars, and whether the fill is solid
    /// blue (so inside labels turn white).
    func style(_ index: Int, derived: Bool) -> (
        fill: String, extra: [(name: String, value: String)], solidBlue: Bool
    ) {
        if stacked {
            switch index {
            case 0: return (Palette.blue, derived ? Draw.outline(Palette.blue) : [], !derived)
            case 1: return (Palette.blue, Draw.outline(Palette.blue), false)
            default: return (Palette.green, derived ? Draw.outline(Palette.green) : [], false)
            }
        }
        let color = Palette.series[index % Palette.series.count]
        return (color, derived ? Draw.outline(color) : [], color == Palette.blue && !derived)
    }
}

import SitegenSupport

/// Ranked horizontal bar chart (CHARTS.md 3.1), with derived bars outlined and an optional
/// reference rule (3.6).
struct BarLayout: ChartLayout {
    struct Row {
        let label: String
        let number: ChartNumber?
        let value: Double
        let highlight: Bool
    }

    let spec: ChartSpec
    let bar: BarChartSpec
    let rows: [Row]
    let unit: ChartUnit
    let reference: ChartNumber?
    /// The labels of the rows left out because they have no value, in input order.
    let omitted: [String]

    init(spec: ChartSpec, bar: BarChartSpec, reader: FieldReader) throws(ChartSpecError) {
        self.spec = spec
        self.bar = bar
        let labels = try reader.texts(bar.label, key: "label")
        let numbers = try reader.numbers(bar.value, key: "value")
        let names = labels.map { $0 ?? "n/a" }
        for item in bar.highlight where !names.contains(item.name) {
            var message = "Highlight '\(item.name)' matches no value of field '\(bar.label.name)'"
            let near = EditDistance.tiedNearest(to: item.name, among: names)
            if !near.isEmpty {
                message += "; did you mean " + Quoting.list(near, conjunction: "or") + "?"
            }
            throw ChartSpecError(keyPath: item.keyPath, message: message)
        }
        let highlighted = Set(bar.highlight.map(\.name))
        let unsorted = names.indices.map { i in
            Row(
                label: names[i], number: numbers[i],
                value: numbers[i].map { ValueText.exact($0).doubleValue } ?? 0,
                highlight: highlighted.contains(names[i]))
        }
        // A row without a value is left out and named in a note, never drawn as "n/a".
        omitted = unsorted.filter { $0.number == nil }.map(\.label)
        rows = sortRows(
            unsorted.filter { $0.number != nil }, sort: spec.sort, value: { $0.value },
            label: \.label)
        unit = numbers.compactMap { $0?.unit }.first ?? .plain
        reference = bar.reference.map {
            ChartNumber(value: $0.value, unit: numbers.compactMap { $0?.unit }.first ?? .plain)
        }
    }

    var isEmpty: Bool { rows.isEmpty }

    var notes: [String] {
        omitted.isEmpty ? [] : [omissionNote(omitted, measure: humanize(bar.value.name))]
    }

    var svgTitle: String { "Bar chart: \(spec.title), \(ValueText.unitWords(unit))" }

    var desc: String {
        let present = rows.filter { $0.number != nil }
        let noun = pluralize(humanize(bar.label.name).lowercased(), present.count)
        let measure = humanize(bar.value.name).lowercased()
        let ranked = present.compactMap { row in row.number.map { (row.label, $0) } }
        guard let first = ranked.max(by: { ValueText.ranksBelow($0.1, $1.1) }),
            let last = ranked.min(by: { ValueText.ranksBelow($0.1, $1.1) })
        else { return "No data available" }
        var text =
            "\(present.count) \(noun) ranked by \(measure). Largest: \(clipLabel(first.0)), \(ValueText.text(first.1, style: .words))."
        if present.count > 1 {
            text += " Smallest: \(clipLabel(last.0)), \(ValueText.text(last.1, style: .words))."
        }
        if present.count >= 6 {
            let sorted = present.sorted { $0.value < $1.value }
            if let median = sorted[sorted.count / 2].number, sorted.count % 2 == 1 {
                text += " Median: \(ValueText.text(median, style: .words))."
            }
        }
        if !omitted.isEmpty {
            text += " " + omissionNote(omitted, measure: humanize(bar.value.name))
        }
        return text
    }

    func table(caption: String) -> DataTable {
        let derived = rows.contains { $0.number?.derived == true } || reference != nil
        var headers = [humanize(bar.label.name), headerWithUnit(bar.value.name, unit)]
        if derived { headers.append("Notes") }
        var body = rows.map { row -> [DataTable.Cell] in
            var cells = [
                DataTable.Cell(text: row.label, isRowHeader: true), DataTable.number(row.number),
            ]
            if derived { cells.append(DataTable.Cell(text: derivedNote(row.number))) }
            return cells
        }
        if let reference, let label = bar.reference?.label {
            body.append([
                DataTable.Cell(text: label, isRowHeader: true), DataTable.number(reference),
                DataTable.Cell(text: "reference line"),
            ])
        }
        return DataTable(caption: caption, headers: headers, rows: body)
    }

    /// Each row's bar colour: vermilion for highlights, grey or blue for the rest.
    func barColors() -> [String] {
        let highlighted = rows.filter(\.highlight).count
        let context = rows.count - highlighted
        return rows.map { row in
            if highlighted == 0 { return Palette.blue }
            if row.highlight { return Palette.vermilion }
            return context >= 4 ? Palette.grey : Palette.blue
        }
    }
}

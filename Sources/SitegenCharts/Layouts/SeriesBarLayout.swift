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

    init(spec: ChartSpec, series: SeriesChartSpec, stacked: Bool, reader: FieldReader) throws(ChartSpecError) {
        self.spec = spec
        self.series = series
        self.stacked = stacked
        let labels = try reader.texts(series.label, key: "label")
        var columns: [[ChartNumber?]] = []
        var unit: ChartUnit?
        for item in series.series {
            let numbers = try reader.numbers(item.field, key: "series",
                negativeReason: stacked ? "stacked bars cannot show negative parts; use a grouped bar or a waterfall" : nil)
            if let first = numbers.compactMap({ $0?.unit }).first {
                if let unit, unit != first {
                    throw ChartSpecError(keyPath: item.field.keyPath,
                        message: "Field '\(item.field.name)' for key 'series' has a different unit from '\(series.series[0].field.name)'; all series share one axis")
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
            return Row(label: labels[i] ?? "n/a", numbers: numbers,
                total: present.isEmpty ? nil : sum(present, unit: resolved))
        }
        rows = sortRows(unsorted, sort: spec.sort, value: { row in
            (stacked ? row.total : row.numbers.first ?? nil).map { ValueText.exact($0).doubleValue }
        }, label: \.label)
    }

    var isEmpty: Bool { !rows.contains { $0.total != nil } }

    var svgTitle: String {
        "\(stacked ? "Stacked" : "Grouped") bar chart: \(spec.title), \(ValueText.unitWords(unit))"
    }

    var desc: String {
        let n = rows.count
        let noun = pluralize(humanize(series.label.name).lowercased(), n)
        var text = "\(n) \(noun); for each, " + series.series.map { $0.name.lowercased() }.joined(separator: stacked ? " plus " : " and ") + "."
        if stacked, let top = rows.first(where: { $0.total != nil }), let total = top.total {
            text += " Largest total: \(clip(top.label)), \(ValueText.text(total, style: .words))."
        } else {
            for (index, item) in series.series.enumerated().prefix(2) {
                let best = rows.compactMap { row in row.numbers[index].map { (row.label, $0) } }
                    .max { ValueText.exact($0.1).doubleValue < ValueText.exact($1.1).doubleValue }
                if let best {
                    text += " Largest \(item.name.lowercased()): \(clip(best.0)), \(ValueText.text(best.1, style: .words))."
                }
            }
            if series.series.count == 2 {
                let exceeds = rows.filter { row in
                    guard let a = row.numbers[0], let b = row.numbers[1] else { return false }
                    return b.value > a.value
                }.count
                text += " \(series.series[1].name) exceeds \(series.series[0].name.lowercased()) in \(exceeds) of \(n)."
            }
        }
        return text
    }

    func table(caption: String) -> DataTable {
        var headers = [humanize(series.label.name)] + series.series.map { item in
            let suffix = ValueText.unitHeader(unit)
            return suffix.isEmpty ? item.name : item.name + " (" + suffix + ")"
        }
        if stacked { headers.append("Total (\(ValueText.unitHeader(unit)))") }
        let derived = rows.contains { $0.numbers.contains { $0?.derived == true } }
        if derived { headers.append("Notes") }
        let body = rows.map { row -> [DataTable.Cell] in
            var cells = [DataTable.Cell(text: row.label, isRowHeader: true)] + row.numbers.map { DataTable.number($0) }
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

    private func clip(_ text: String) -> String { text.count > 40 ? String(text.prefix(39)) + "…" : text }

    private func style(_ index: Int, derived: Bool) -> (fill: String, extra: [(name: String, value: String)], solidBlue: Bool) {
        if stacked {
            switch index {
            case 0: return (Palette.blue, derived ? outline(Palette.blue) : [], !derived)
            case 1: return (Palette.blue, outline(Palette.blue), false)
            default: return (Palette.green, derived ? outline(Palette.green) : [], false)
            }
        }
        let color = Palette.series[index % Palette.series.count]
        return (color, derived ? outline(color) : [], color == Palette.blue && !derived)
    }

    private func outline(_ color: String) -> [(name: String, value: String)] {
        [("fill-opacity", "0.25"), ("stroke", color), ("stroke-width", "1")]
    }

    func svg(id: String, width: Double, narrow: Bool) -> SVGNode {
        let tickFont = narrow ? 13.0 : 12.0
        let font = 13.0
        let k = series.series.count
        let barHeight = 14.0
        let gap = 2.0
        let groupHeight = stacked ? 18.0 : Double(k) * barHeight + Double(k - 1) * gap
        let labelWidths = rows.map { TextMeasure.width($0.label, fontSize: font) }
        // Narrow charts put each category label on its own line above its bars.
        let labelsAbove = narrow
        let labelCol = labelsAbove ? 0 : min(width * 0.40, labelWidths.max() ?? 0)
        let wrapped = rows.map {
            TextMeasure.wrap($0.label, maxWidth: labelsAbove ? width - 8 : labelCol, fontSize: font, maxLines: 2)
        }
        let maxLines = Double(wrapped.map { $0.lines.count }.max() ?? 1)
        let labelBlock = labelsAbove ? maxLines * (font + 2) + 4 : 0
        let pitch = labelsAbove ? labelBlock + groupHeight + 12
            : max(stacked ? 28.0 : groupHeight + 14, wrapped.contains { $0.lines.count > 1 } ? 36 : 0)
        let legendHeight = stacked ? 24.0 : 0
        let top = 24.0 + legendHeight
        let plotBottom = top + Double(rows.count) * pitch
        let labelX = labelsAbove ? 4 : 4 + labelCol
        let plotLeft = labelsAbove ? 4 : labelX + 8
        let valueTexts: [[String]] = rows.enumerated().map { rowIndex, row in
            if stacked { return [row.total.map { ValueText.text($0, style: .label) } ?? "n/a"] }
            return row.numbers.enumerated().map { index, number in
                let value = number.map { ValueText.text($0, style: .label) } ?? "n/a"
                return rowIndex == 0 ? value + " " + series.series[index].name : value
            }
        }
        let widest = valueTexts.flatMap { $0 }.map { TextMeasure.width($0, fontSize: font, bold: true) }.max() ?? 0
        var reserve = min(width * 0.35, widest + 8)
        var negPad = 0.0
        for (rowIndex, row) in rows.enumerated() where !stacked {
            for (index, number) in row.numbers.enumerated() where (number?.value ?? 0) < 0 {
                negPad = max(negPad, TextMeasure.width(valueTexts[rowIndex][index], fontSize: font, bold: true) + 6)
            }
        }
        let values = rows.flatMap { row in stacked ? [row.total] : row.numbers }.compactMap { $0.map { ValueText.exact($0).doubleValue } }
        var axis = ValueAxis.linear(dataMin: 0, dataMax: 1, includeZero: true, unit: unit, length: 1, pxPerTick: 80, fontSize: tickFont, horizontal: true)
        var scale = LinearScale(d0: 0, d1: 1, r0: 0, r1: 1)
        for _ in 0..<4 {
            let plotRight = max(plotLeft + negPad + 40, width - reserve)
            axis = ValueAxis.linear(dataMin: values.min() ?? 0, dataMax: values.max() ?? 0, includeZero: true, unit: unit,
                length: plotRight - plotLeft - negPad, pxPerTick: 80, fontSize: tickFont, horizontal: true)
            scale = LinearScale(d0: axis.lo, d1: axis.hi, r0: plotLeft + negPad, r1: plotRight)
            var shortfall = 0.0
            for (rowIndex, row) in rows.enumerated() {
                let ends = stacked ? [row.total] : row.numbers
                for (index, number) in ends.enumerated() {
                    let end = scale(number.map { ValueText.exact($0).doubleValue } ?? 0)
                    let w = TextMeasure.width(valueTexts[rowIndex][index], fontSize: font, bold: true)
                    shortfall = max(shortfall, (end < scale(0) ? 0 : end + 4 + w) - (width - 2))
                }
            }
            if shortfall <= 0 { break }
            reserve += shortfall + 1
        }
        var canvas = ChartCanvas(id: id, type: stacked ? .stackedBar : .groupedBar, narrow: narrow, width: width,
            height: plotBottom + 8, title: svgTitle, desc: desc)
        canvas.grid = axis.ticks.map { Draw.line(scale($0.value), top - 4, scale($0.value), plotBottom) }
        canvas.axes = [bottomAxis(ticks: axis.ticks, scale: { scale($0) }, y: 12 + legendHeight, fontSize: tickFont, minX: 2, maxX: width - 2)]
        if stacked {
            var x = 4.0
            var items: [SVGNode] = []
            for (index, item) in series.series.enumerated() {
                let s = style(index, derived: false)
                items.append(Draw.rect("sg-key " + colorClass(s.fill), x: x, y: 4, width: 12, height: 12, fill: s.fill, extra: s.extra, tooltip: nil))
                items.append(Draw.text(item.name, x: x + 16, y: 14.5))
                x += 16 + TextMeasure.width(item.name, fontSize: font) + 16
            }
            canvas.labels.append(Draw.group("sg-legend", [("font-size", "13"), ("aria-hidden", "true")], items))
        }
        var marks: [SVGNode] = []
        var categoryLabels: [SVGNode] = []
        var valueLabels: [SVGNode] = []
        var insideLabels: [SVGNode] = []
        var seriesNames: [SVGNode] = []
        let x0 = scale(0)
        for (rowIndex, row) in rows.enumerated() {
            let bandTop = top + Double(rowIndex) * pitch
            let groupTop = labelsAbove ? bandTop + labelBlock : bandTop + (pitch - groupHeight) / 2
            let lines = wrapped[rowIndex].lines
            let firstBaseline = labelsAbove ? bandTop + font
                : centredBaseline(bandTop + pitch / 2, fontSize: font) - Double(lines.count - 1) * (font + 2) / 2
            var labelNode = Draw.lines(lines, x: labelX, y: firstBaseline, lineHeight: font + 2)
            if wrapped[rowIndex].truncated { labelNode.children.insert(SVGNode("title", text: row.label), at: 0) }
            categoryLabels.append(labelNode)
            if stacked {
                var running = 0.0
                for (index, number) in row.numbers.enumerated() {
                    guard let number else { continue }
                    let v = ValueText.exact(number).doubleValue
                    let a = scale(running)
                    let b = scale(running + v)
                    running += v
                    let s = style(index, derived: number.derived)
                    marks.append(Draw.rect(colorClass(s.fill) + (index == 1 ? " sg-contingent" : ""), x: a, y: groupTop, width: b - a, height: groupHeight,
                        fill: s.fill, extra: s.extra, tooltip: ValueText.tooltip(label: row.label + ", " + series.series[index].name.lowercased(), number: number)))
                    let text = ValueText.text(number, style: .label)
                    let w = TextMeasure.width(text, fontSize: font, bold: true)
                    if w + 8 <= b - a, index < 2 {
                        insideLabels.append(Draw.text(text, x: b - 4, y: centredBaseline(groupTop + groupHeight / 2, fontSize: font),
                            s.solidBlue ? [("text-anchor", "end"), ("fill", "#fff")] : [("text-anchor", "end")]))
                    }
                }
                let end = scale(running)
                valueLabels.append(Draw.text(valueTexts[rowIndex][0], x: end + 4, y: centredBaseline(groupTop + groupHeight / 2, fontSize: font),
                    row.total == nil ? [("fill-opacity", "0.7")] : []))
            } else {
                for (index, number) in row.numbers.enumerated() {
                    let y = groupTop + Double(index) * (barHeight + gap)
                    let v = number.map { ValueText.exact($0).doubleValue } ?? 0
                    let xv = scale(v)
                    if let number {
                        let s = style(index, derived: number.derived)
                        marks.append(Draw.rect(colorClass(s.fill) + (number.derived ? " sg-derived" : ""), x: min(x0, xv), y: y, width: abs(xv - x0),
                            height: barHeight, fill: s.fill, extra: s.extra,
                            tooltip: ValueText.tooltip(label: row.label + ", " + series.series[index].name.lowercased(), number: number)))
                    }
                    let negative = v < 0
                    var attrs: [(name: String, value: String)] = negative ? [("text-anchor", "end")] : []
                    if number == nil { attrs.append(("fill-opacity", "0.7")) }
                    let valueOnly = number.map { ValueText.text($0, style: .label) } ?? "n/a"
                    let baseline = centredBaseline(y + barHeight / 2, fontSize: font)
                    valueLabels.append(Draw.text(valueOnly, x: negative ? xv - 4 : xv + 4, y: baseline, attrs))
                    if rowIndex == 0, !negative {
                        // Series names label the first group directly, after its value labels.
                        let nameX = xv + 4 + TextMeasure.width(valueOnly, fontSize: font, bold: true) + 6
                        seriesNames.append(Draw.text(series.series[index].name, x: nameX, y: baseline))
                    }
                }
            }
        }
        canvas.marks = marks
        canvas.labels += [
            Draw.group("sg-labels sg-labels-y", [("text-anchor", labelsAbove ? "start" : "end"), ("font-size", "13")], categoryLabels),
            Draw.group("sg-labels sg-labels-value", [("font-size", "13"), ("font-weight", "600"), ("style", "font-variant-numeric:tabular-nums")], valueLabels),
        ]
        if !seriesNames.isEmpty {
            canvas.labels.append(Draw.group("sg-labels sg-labels-series", [("font-size", "13")], seriesNames))
        }
        if !insideLabels.isEmpty {
            canvas.labels.append(Draw.group("sg-labels sg-labels-inside", [("font-size", "13"), ("font-weight", "600"),
                ("style", "font-variant-numeric:tabular-nums")], insideLabels))
        }
        canvas.baseline = [Draw.line(x0, top - 4, x0, plotBottom, [("class", "sg-baseline"), ("stroke", "currentColor"), ("shape-rendering", "crispEdges")])]
        return canvas.node()
    }
}

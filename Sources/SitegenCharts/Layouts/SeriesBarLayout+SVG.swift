/// Drawing of grouped and stacked bar charts.
extension SeriesBarLayout {
    func svg(id: String, width: Double, narrow: Bool) -> SVGNode {
        let tickFont = narrow ? 13.0 : 12.0
        let font = 13.0
        let k = series.series.count
        let barHeight = 14.0
        let gap = 2.0
        let groupHeight = stacked ? 18.0 : Double(k) * barHeight + Double(k - 1) * gap
        let labelWidths = rows.map { TextMeasure.width($0.label, fontSize: font) }
        let (wrapped, labelsAbove, labelCol) = Draw.categoryLayout(
            rows.map(\.label), widths: labelWidths, width: width, narrow: narrow, fontSize: font)
        let maxLines = Double(wrapped.map { $0.lines.count }.max() ?? 1)
        let labelBlock = labelsAbove ? maxLines * (font + 2) + 4 : 0
        let pitch =
            labelsAbove
            ? labelBlock + groupHeight + 12
            : max(
                stacked ? 28.0 : groupHeight + 14, wrapped.contains { $0.lines.count > 1 } ? 36 : 0)
        let legendHeight = stacked ? 24.0 : 0
        let top = 24.0 + legendHeight
        let plotBottom = top + Double(rows.count) * pitch
        let labelX = labelsAbove ? 4 : 4 + labelCol
        let plotLeft = labelsAbove ? 4 : labelX + 8
        let valueTexts: [[String]] = rows.enumerated().map { rowIndex, row in
            if stacked { return [row.total.map { ValueText.text($0, style: .label) } ?? ""] }
            return row.numbers.enumerated().map { index, number in
                let value = number.map { ValueText.text($0, style: .label) } ?? ""
                return rowIndex == 0 ? value + " " + series.series[index].name : value
            }
        }
        let widest =
            valueTexts.flatMap { $0 }.map { TextMeasure.width($0, fontSize: font, bold: true) }
            .max() ?? 0
        let reserve = min(width * 0.35, widest + 8)
        var negPad = 0.0
        for (rowIndex, row) in rows.enumerated() where !stacked {
            for (index, number) in row.numbers.enumerated() where (number?.value ?? 0) < 0 {
                negPad = max(
                    negPad,
                    TextMeasure.width(valueTexts[rowIndex][index], fontSize: font, bold: true) + 6)
            }
        }
        let values = rows.flatMap { row in stacked ? [row.total] : row.numbers }.compactMap {
            $0.map { ValueText.exact($0).doubleValue }
        }
        let (axis, scale) = ValueAxis.fittedBars(
            values: values, unit: unit, plotLeft: plotLeft, negativePad: negPad, width: width,
            reserve: reserve, fontSize: tickFont
        ) { scale in
            var shortfall = 0.0
            for (rowIndex, row) in rows.enumerated() {
                let ends = stacked ? [row.total] : row.numbers
                for (index, number) in ends.enumerated() {
                    let end = scale(number.map { ValueText.exact($0).doubleValue } ?? 0)
                    let w = TextMeasure.width(
                        valueTexts[rowIndex][index], fontSize: font, bold: true)
                    shortfall = max(shortfall, (end < scale(0) ? 0 : end + 4 + w) - (width - 2))
                }
            }
            return shortfall
        }
        var canvas = ChartCanvas(
            id: id, type: stacked ? .stackedBar : .groupedBar, narrow: narrow, width: width,
            height: plotBottom + 8, title: svgTitle, desc: desc)
        canvas.grid = axis.ticks.map {
            Draw.line(scale($0.value), top - 4, scale($0.value), plotBottom)
        }
        canvas.axes = [
            bottomAxis(
                ticks: axis.ticks, scale: { scale($0) }, y: 12 + legendHeight, fontSize: tickFont,
                minX: 2, maxX: width - 2)
        ]
        if stacked {
            var x = 4.0
            var items: [SVGNode] = []
            for (index, item) in series.series.enumerated() {
                let s = style(index, derived: false)
                items.append(
                    Draw.rect(
                        "sg-key " + colorClass(s.fill), x: x, y: 4, width: 12, height: 12,
                        fill: s.fill, extra: s.extra, tooltip: nil))
                items.append(Draw.text(item.name, x: x + 16, y: 14.5))
                x += 16 + TextMeasure.width(item.name, fontSize: font) + 16
            }
            canvas.labels.append(
                Draw.group("sg-legend", [("font-size", "13"), ("aria-hidden", "true")], items))
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
            let firstBaseline =
                labelsAbove
                ? bandTop + font
                : centredBaseline(bandTop + pitch / 2, fontSize: font) - Double(lines.count - 1)
                    * (font + 2) / 2
            categoryLabels.append(
                Draw.wrappedLabel(
                    wrapped[rowIndex], fullText: row.label, x: labelX, y: firstBaseline,
                    lineHeight: font + 2))
            if stacked {
                var running = 0.0
                for (index, number) in row.numbers.enumerated() {
                    guard let number else { continue }
                    let v = ValueText.exact(number).doubleValue
                    let a = scale(running)
                    let b = scale(running + v)
                    running += v
                    let s = style(index, derived: number.derived)
                    marks.append(
                        Draw.rect(
                            colorClass(s.fill) + (index == 1 ? " sg-contingent" : ""), x: a,
                            y: groupTop, width: b - a, height: groupHeight,
                            fill: s.fill, extra: s.extra,
                            tooltip: ValueText.tooltip(
                                label: row.label + ", " + series.series[index].name.lowercased(),
                                number: number)))
                    let text = ValueText.text(number, style: .label)
                    let w = TextMeasure.width(text, fontSize: font, bold: true)
                    if w + 8 <= b - a, index < 2 {
                        insideLabels.append(
                            Draw.text(
                                text, x: b - 4,
                                y: centredBaseline(groupTop + groupHeight / 2, fontSize: font),
                                s.solidBlue
                                    ? [("text-anchor", "end"), ("fill", "#fff")]
                                    : [("text-anchor", "end")]))
                    }
                }
                let end = scale(running)
                valueLabels.append(
                    Draw.text(
                        valueTexts[rowIndex][0], x: end + 4,
                        y: centredBaseline(groupTop + groupHeight / 2, fontSize: font),
                        row.total == nil ? [("fill-opacity", "0.7")] : []))
            } else {
                for (index, number) in row.numbers.enumerated() {
                    let y = groupTop + Double(index) * (barHeight + gap)
                    let v = number.map { ValueText.exact($0).doubleValue } ?? 0
                    let xv = scale(v)
                    if let number {
                        let s = style(index, derived: number.derived)
                        marks += Draw.bar(
                            colorClass(s.fill) + (number.derived ? " sg-derived" : ""),
                            x0: x0, x: xv,
                            rangeStart: ValueText.rangeStart(number).map { scale($0) }, y: y,
                            height: barHeight, fill: s.fill, extra: s.extra,
                            tooltip: ValueText.tooltip(
                                label: row.label + ", " + series.series[index].name.lowercased(),
                                number: number))
                    }
                    let negative = v < 0
                    let attrs: [(name: String, value: String)] =
                        negative ? [("text-anchor", "end")] : []
                    let valueOnly = number.map { ValueText.text($0, style: .label) } ?? ""
                    let baseline = centredBaseline(y + barHeight / 2, fontSize: font)
                    if number != nil {
                        valueLabels.append(
                            Draw.text(valueOnly, x: negative ? xv - 4 : xv + 4, y: baseline, attrs))
                    }
                    if rowIndex == 0, !negative {
                        // Series names label the first group directly, after its value labels.
                        let nameX =
                            xv + 4 + TextMeasure.width(valueOnly, fontSize: font, bold: true) + 6
                        seriesNames.append(
                            Draw.text(series.series[index].name, x: nameX, y: baseline))
                    }
                }
            }
        }
        canvas.marks = marks
        canvas.labels += [
            Draw.categoryLabels(categoryLabels, labelsAbove: labelsAbove),
            Draw.numberLabels("sg-labels sg-labels-value", valueLabels),
        ]
        if !seriesNames.isEmpty {
            canvas.labels.append(
                Draw.group("sg-labels sg-labels-series", [("font-size", "13")], seriesNames))
        }
        if !insideLabels.isEmpty {
            canvas.labels.append(Draw.numberLabels("sg-labels sg-labels-inside", insideLabels))
        }
        canvas.baseline = [Draw.baseline(x0, top - 4, x0, plotBottom)]
        return canvas.node()
    }
}

/// Drawing of the ranked bar chart.
extension BarLayout {
    func svg(id: String, width: Double, narrow: Bool) -> SVGNode {
        let tickFont = narrow ? 13.0 : 12.0
        let labelFont = 13.0
        let n = rows.count
        let labelWidths = rows.map { TextMeasure.width($0.label, fontSize: labelFont) }
        let (wrapped, labelsAbove, labelCol) = Draw.categoryLayout(
            rows.map(\.label), widths: labelWidths, width: width, narrow: narrow,
            fontSize: labelFont)
        let anyWrapped = wrapped.contains { $0.lines.count > 1 }
        let lineHeight = labelFont + 2
        let maxLines = Double(wrapped.map { $0.lines.count }.max() ?? 1)
        let barHeight = !labelsAbove && !anyWrapped && n > 15 ? 14.0 : 18.0
        let pitch =
            labelsAbove
            ? maxLines * lineHeight + 4 + barHeight + 10
            : (anyWrapped ? 36.0 : (n > 15 ? 22.0 : 28.0))
        let top = 24.0
        let plotBottom = top + Double(n) * pitch
        let labelX = labelsAbove ? 4 : 4 + labelCol
        let plotLeft = labelsAbove ? 4 : labelX + 8
        let colors = barColors()
        var valueTexts = rows.map { row in
            row.number.map { ValueText.text($0, style: .label) } ?? ""
        }
        let negatives = rows.filter { $0.number != nil && $0.value < 0 }
        let negPad =
            negatives.isEmpty
            ? 0
            : (zip(rows, valueTexts).filter { $0.0.value < 0 }
                .map { TextMeasure.width($0.1, fontSize: labelFont, bold: true) }.max() ?? 0) + 6
        var values: [Double] = rows.compactMap { row -> Double? in
            row.number == nil ? nil : row.value
        }
        if let reference { values.append(ValueText.exact(reference).doubleValue) }
        let reserve = min(
            width * 0.3,
            (zip(rows, valueTexts).filter { $0.0.value >= 0 }
                .map { TextMeasure.width($0.1, fontSize: labelFont, bold: true) }.max() ?? 0) + 8)
        var placements: [(x: Double, anchorEnd: Bool, inside: Bool)] = []
        let (axis, scale) = ValueAxis.fittedBars(
            values: values, unit: unit, plotLeft: plotLeft, negativePad: negPad, width: width,
            reserve: reserve, fontSize: tickFont
        ) { scale in
            placements = []
            var shortfall = 0.0
            for (index, row) in rows.enumerated() {
                let x0 = scale(0)
                let xv = row.number == nil ? x0 : scale(row.value)
                var text = valueTexts[index]
                var w = TextMeasure.width(text, fontSize: labelFont, bold: true)
                if row.value < 0 {
                    placements.append((xv - 4, true, false))
                    continue
                }
                let solid = colors[index] == Palette.blue && row.number?.derived != true
                if xv + 4 + w <= width - 2 {
                    placements.append((xv + 4, false, false))
                } else if solid, w + 8 <= xv - x0 {
                    placements.append((xv - 4, true, true))
                } else if let number = row.number {
                    text = ValueText.text(number, style: .short)
                    valueTexts[index] = text
                    w = TextMeasure.width(text, fontSize: labelFont, bold: true)
                    if xv + 4 + w <= width - 2 {
                        placements.append((xv + 4, false, false))
                    } else {
                        shortfall = max(shortfall, xv + 4 + w - (width - 2))
                        placements.append((xv + 4, false, false))
                    }
                } else {
                    placements.append((xv + 4, false, false))
                }
            }
            return shortfall
        }
        var canvas = ChartCanvas(
            id: id, type: .bar, narrow: narrow, width: width,
            height: plotBottom + 8 + (reference == nil ? 0 : 22), title: svgTitle, desc: desc)
        canvas.grid = axis.ticks.map {
            Draw.line(scale($0.value), top - 4, scale($0.value), plotBottom)
        }
        canvas.axes = [
            bottomAxis(
                ticks: axis.ticks, scale: { scale($0) }, y: 12, fontSize: tickFont, minX: 2,
                maxX: width - 2)
        ]
        var marks: [SVGNode] = []
        var categoryLabels: [SVGNode] = []
        var valueLabels: [SVGNode] = []
        for (index, row) in rows.enumerated() {
            let bandTop = top + Double(index) * pitch
            let lines = wrapped[index].lines
            let y =
                labelsAbove
                ? bandTop + maxLines * lineHeight + 4 : bandTop + (pitch - barHeight) / 2
            let centre = y + barHeight / 2
            let firstBaseline =
                labelsAbove
                ? bandTop + labelFont
                : centredBaseline(centre, fontSize: labelFont) - Double(lines.count - 1)
                    * lineHeight / 2
            categoryLabels.append(
                Draw.wrappedLabel(
                    wrapped[index], fullText: row.label, x: labelX, y: firstBaseline,
                    lineHeight: lineHeight))
            if let number = row.number {
                let x0 = scale(0)
                let xv = scale(row.value)
                let color = colors[index]
                let extra = number.derived ? Draw.outline(color) : []
                let cls = colorClass(color) + (number.derived ? " sg-derived" : "")
                marks += Draw.bar(
                    cls, x0: x0, x: xv,
                    rangeStart: ValueText.rangeStart(number).map { scale($0) },
                    y: y, height: barHeight, fill: color, extra: extra,
                    tooltip: ValueText.tooltip(label: row.label, number: number))
            }
            let place = placements[index]
            var attrs: [(name: String, value: String)] = []
            if place.anchorEnd { attrs.append(("text-anchor", "end")) }
            if place.inside { attrs.append(("fill", "#fff")) }
            if row.number == nil { attrs.append(("fill-opacity", "0.7")) }
            valueLabels.append(
                Draw.text(
                    valueTexts[index], x: place.x, y: centredBaseline(centre, fontSize: labelFont),
                    attrs))
        }
        canvas.marks = marks
        canvas.labels = [
            Draw.categoryLabels(categoryLabels, labelsAbove: labelsAbove),
            Draw.numberLabels("sg-labels sg-labels-value", valueLabels),
        ]
        if let reference, let label = bar.reference?.label {
            let x = scale(ValueText.exact(reference).doubleValue)
            let text = TextMeasure.ellipsize(label, maxWidth: width - 8, fontSize: labelFont)
            let w = TextMeasure.width(text, fontSize: labelFont)
            // Right of the rule when it fits, else left of it, else centred under it within the chart.
            let labelStart: Double
            if x + 4 + w <= width - 4 {
                labelStart = x + 4
            } else if x - 4 - w >= 4 {
                labelStart = x - 4 - w
            } else {
                labelStart = max(4, min(x - w / 2, width - 4 - w))
            }
            canvas.labels.append(
                Draw.group(
                    "sg-labels sg-reference-label", [("font-size", "13")],
                    [
                        Draw.text(text, x: labelStart, y: plotBottom + 18)
                    ]))
            canvas.baseline.append(
                Draw.line(
                    x, top - 4, x, plotBottom + 6,
                    [
                        ("class", "sg-reference"), ("stroke", "currentColor"),
                        ("stroke-dasharray", "4 3"), ("shape-rendering", "crispEdges"),
                        ("aria-hidden", "true"),
                    ]))
        }
        let x0 = scale(0)
        canvas.baseline.append(Draw.baseline(x0, top - 4, x0, plotBottom))
        return canvas.node()
    }
}

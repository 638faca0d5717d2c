/// Drawing of line and area charts.
extension LineLayout {
    /// A series' end label: its last value, with "guidance" if asked and the last point is
    /// guidance, prefixed by the series name when grouped.
    func endLabel(_ item: Series, guidanceWord: Bool) -> String? {
        guard let value = endValue(item, guidanceWord: guidanceWord) else { return nil }
        return line.group == nil ? value : item.name + " " + value
    }

    /// A series' last value as its end label shows it, without the series name.
    private func endValue(_ item: Series, guidanceWord: Bool) -> String? {
        guard let last = item.points.last(where: { $0.number != nil }), let number = last.number
        else { return nil }
        var text = ValueText.text(number, style: .label)
        if last.forecast, guidanceWord { text += " guidance" }
        return text
    }

    /// The end labels' lines and the width of their column.
    ///
    /// One line each (`Google up to $185B`) when the widest fits in 40 % of the width, else the
    /// series name wrapped above its value. The value is never shortened.
    private func endLabelLines(guidanceWord: Bool, width: Double, fontSize: Double)
        -> (lines: [[String]?], width: Double)
    {
        func measure(_ text: String) -> Double {
            TextMeasure.width(text, fontSize: fontSize, bold: true)
        }
        let single = series.map { endLabel($0, guidanceWord: guidanceWord) }
        let widest = single.compactMap { $0 }.map(measure).max() ?? 0
        if line.group == nil || widest + 10 <= width * 0.4 {
            return (single.map { $0.map { [$0] } }, min(width * 0.4, widest + 10))
        }
        let values = series.map { endValue($0, guidanceWord: guidanceWord) }
        let column = max(
            (values.compactMap { $0 }.map(measure).max() ?? 0) + 10,
            min(width * 0.4, widest + 10))
        let lines = zip(series, values).map { item, value -> [String]? in
            guard let value else { return nil }
            let name = TextMeasure.wrap(
                item.name, maxWidth: column - 10, fontSize: fontSize, maxLines: .max, bold: true)
            return name.lines + [value]
        }
        return (lines, column)
    }

    func svg(id: String, width: Double, narrow: Bool) -> SVGNode {
        let font = narrow ? 13.0 : 12.0
        let labelFont = 13.0
        let height = narrow ? 240.0 : 320.0
        let top = 20.0
        let bottom = height - 28
        let values = series.flatMap {
            $0.points.compactMap { $0.number.map { ValueText.exact($0).doubleValue } }
        }
        let yAxis = ValueAxis.linear(
            dataMin: values.min() ?? 0, dataMax: values.max() ?? 0, includeZero: true, unit: unit,
            length: bottom - top, pxPerTick: 40, fontSize: font, horizontal: false)
        let yScale = LinearScale(d0: yAxis.lo, d1: yAxis.hi, r0: bottom, r1: top)
        let gutter =
            (yAxis.ticks.map { TextMeasure.width($0.label, fontSize: font) }.max() ?? 0) + 10
        // End labels carry "guidance" when it fits in 30 % of the width; the dashes, hollow
        // markers and the table say so otherwise.
        let withGuidance = series.map { endLabel($0, guidanceWord: true) }
        let guidanceFits =
            (withGuidance.compactMap { $0 }.map {
                TextMeasure.width($0, fontSize: labelFont, bold: true)
            }.max() ?? 0) <= width * 0.3
        let (labels, endWidth) = endLabelLines(
            guidanceWord: guidanceFits, width: width, fontSize: labelFont)
        let plotLeft = gutter + 6
        let plotRight = width - endWidth - 4
        let xs = series.flatMap { $0.points.map(\.x) }
        let timeAxis: TimeAxis
        if yearsOnly {
            timeAxis = TimeAxis.years(
                from: Int(xs.min() ?? 0), to: Int(xs.max() ?? 0), length: plotRight - plotLeft,
                fontSize: font)
        } else {
            timeAxis = TimeAxis.dates(
                fromDay: xs.min() ?? 0, toDay: xs.max() ?? 0, length: plotRight - plotLeft,
                fontSize: font)
        }
        let xScale = LinearScale(d0: timeAxis.lo, d1: timeAxis.hi, r0: plotLeft, r1: plotRight)
        var canvas = ChartCanvas(
            id: id, type: area ? .area : .line, narrow: narrow, width: width, height: height,
            title: svgTitle, desc: desc)
        let grid = horizontalGrid(
            axis: yAxis, scale: { yScale($0) }, x0: 0, x1: width - endWidth, fontSize: font)
        canvas.grid = grid.grid
        canvas.axes = [
            grid.labels,
            bottomAxis(
                ticks: timeAxis.ticks, scale: { xScale($0) }, y: height - 8, fontSize: font,
                minX: 0, maxX: width),
        ]
        var marks: [SVGNode] = []
        var ends: [(y: Double, lines: [String], color: String)] = []
        for (index, item) in series.enumerated() {
            let color = index < 4 ? Palette.series[index] : Palette.grey
            let cls = colorClass(color)
            let points = item.points
            var actualRuns: [[(Double, Double)]] = []
            var forecastRuns: [[(Double, Double)]] = []
            var previous: Point?
            for point in points {
                guard let number = point.number else {
                    previous = nil
                    continue
                }
                let xy = (xScale(point.x), yScale(ValueText.exact(number).doubleValue))
                if let prev = previous, let prevNumber = prev.number {
                    let prevXY = (xScale(prev.x), yScale(ValueText.exact(prevNumber).doubleValue))
                    if point.forecast {
                        if let last = forecastRuns.last?.last, last == prevXY {
                            forecastRuns[forecastRuns.count - 1].append(xy)
                        } else {
                            forecastRuns.append([prevXY, xy])
                        }
                    } else if let last = actualRuns.last?.last, last == prevXY {
                        actualRuns[actualRuns.count - 1].append(xy)
                    } else {
                        actualRuns.append([prevXY, xy])
                    }
                }
                previous = point
            }
            if area {
                let present = points.compactMap { p in
                    p.number.map { (xScale(p.x), yScale(ValueText.exact($0).doubleValue)) }
                }
                if present.count > 1, let first = present.first, let last = present.last {
                    let path =
                        Draw.polyline(present) + " L" + svgNumber(last.0) + " "
                        + svgNumber(yScale(0)) + " L" + svgNumber(first.0) + " "
                        + svgNumber(yScale(0)) + " Z"
                    marks.append(
                        SVGNode(
                            "path",
                            [
                                ("class", cls + " sg-area"), ("d", path), ("fill", color),
                                ("fill-opacity", "0.15"), ("aria-hidden", "true"),
                            ]))
                }
            }
            for run in actualRuns {
                marks.append(
                    SVGNode(
                        "path",
                        [
                            ("class", cls), ("d", Draw.polyline(run)), ("fill", "none"),
                            ("stroke", color), ("stroke-width", "2"),
                            ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
                            ("aria-hidden", "true"),
                        ]))
            }
            for run in forecastRuns {
                marks.append(
                    SVGNode(
                        "path",
                        [
                            ("class", cls + " sg-forecast"), ("d", Draw.polyline(run)),
                            ("fill", "none"), ("stroke", color), ("stroke-width", "2"),
                            ("stroke-dasharray", "4 3"), ("stroke-linejoin", "round"),
                            ("aria-hidden", "true"),
                        ]))
            }
            let present = points.filter { $0.number != nil }
            let showAll = present.count <= 12
            for (pointIndex, point) in present.enumerated() {
                guard let number = point.number,
                    showAll || pointIndex == present.count - 1 || point.forecast
                else { continue }
                let name =
                    line.group == nil ? point.time.label : item.name + ", " + point.time.label
                let tooltip = ValueText.tooltip(
                    label: name, number: number, extra: point.forecast ? "(guidance)" : nil)
                marks.append(
                    Draw.circle(
                        cls + (point.forecast ? " sg-forecast" : ""), cx: xScale(point.x),
                        cy: yScale(ValueText.exact(number).doubleValue), r: 3,
                        fill: point.forecast ? "none" : color,
                        extra: point.forecast ? [("stroke", color), ("stroke-width", "1.5")] : [],
                        tooltip: tooltip))
            }
            if let last = present.last, let number = last.number, let lines = labels[index] {
                ends.append((yScale(ValueText.exact(number).doubleValue), lines, color))
            }
        }
        canvas.marks = marks
        // A label of several lines is centred on its line's end; labels keep apart by the
        // tallest one's height.
        let lineHeight = labelFont + 3
        let tallest = Double(ends.map(\.lines.count).max() ?? 1)
        let placed = dodge(ends.map(\.y), gap: tallest * lineHeight, minY: top, maxY: bottom)
        let endNodes = ends.indices.map { i in
            let lead = Double(ends[i].lines.count - 1) * lineHeight / 2
            return Draw.lines(
                ends[i].lines, x: plotRight + 8,
                y: centredBaseline(placed[i] - lead, fontSize: labelFont), lineHeight: lineHeight)
        }
        canvas.labels = [
            Draw.numberLabels("sg-labels sg-labels-end", endNodes)
        ]
        canvas.baseline = [Draw.baseline(plotLeft - 6, yScale(0), plotRight, yScale(0))]
        return canvas.node()
    }
}

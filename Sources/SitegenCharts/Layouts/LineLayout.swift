import Foundation

/// Line and area charts over years or dates, with guidance drawn dashed and hollow (CHARTS.md 3.3).
struct LineLayout: ChartLayout {
    struct Point {
        let row: Int
        let time: TimePoint
        let x: Double
        let number: ChartNumber?
        let forecast: Bool
    }

    struct Series {
        let name: String
        var points: [Point]
    }

    let spec: ChartSpec
    let line: LineChartSpec
    let area: Bool
    let series: [Series]
    let unit: ChartUnit
    let yearsOnly: Bool
    let groupNames: [String?]

    init(spec: ChartSpec, line: LineChartSpec, area: Bool, reader: FieldReader) throws(ChartSpecError) {
        self.spec = spec
        self.line = line
        self.area = area
        let times = try reader.times(line.x, key: "x")
        let numbers = try reader.numbers(line.y, key: "y")
        let groups: [String?] = try line.group.map { field throws(ChartSpecError) in try reader.texts(field, key: "group") }
            ?? Array(repeating: nil, count: times.count)
        groupNames = groups
        var flags = Array(repeating: false, count: times.count)
        if let forecast = line.forecast {
            let cells = try reader.cells(forecast.field, key: "forecast")
            flags = cells.map { matches($0, forecast.value) }
        }
        yearsOnly = !times.contains { $0?.month != nil }
        var result: [Series] = []
        for row in times.indices {
            guard let time = times[row] else { continue }
            let name = groups[row] ?? (line.group == nil ? humanize(line.y.name) : "n/a")
            let x = yearsOnly ? Double(time.year) : time.dayNumber
            let point = Point(row: row, time: time, x: x, number: numbers[row], forecast: flags[row])
            if let index = result.firstIndex(where: { $0.name == name }) {
                if let clash = result[index].points.first(where: { $0.x == x }) {
                    throw ChartSpecError(keyPath: line.x.keyPath,
                        message: "Field '\(line.x.name)' for key 'x' repeats '\(time.iso)' for series '\(name)' (rows \(clash.row + 1) and \(row + 1))")
                }
                result[index].points.append(point)
            } else {
                result.append(Series(name: name, points: [point]))
            }
        }
        for index in result.indices { result[index].points.sort { $0.x < $1.x } }
        series = result
        unit = numbers.compactMap { $0?.unit }.first ?? .plain
    }

    var isEmpty: Bool { !series.contains { $0.points.contains { $0.number != nil } } }

    var svgTitle: String { "\(area ? "Area" : "Line") chart: \(spec.title), \(ValueText.unitWords(unit))" }

    var desc: String {
        var parts: [String] = []
        for item in series.prefix(3) {
            let present = item.points.filter { $0.number != nil }
            guard let first = present.first, let last = present.last, let a = first.number, let b = last.number else { continue }
            var text = "\(line.group == nil ? humanize(line.y.name) : item.name) from \(first.time.label) to \(last.time.label): "
                + "\(ValueText.text(a, style: .words)) to \(ValueText.text(b, style: .words))"
            if a.value > 0, present.count > 1, let ratio = ExactDecimal(b.value / a.value) {
                text += " (\(NumberFormat.multiple(ratio)))"
            }
            if let peak = present.max(by: { ($0.number?.value ?? 0) < ($1.number?.value ?? 0) }), let p = peak.number, present.count > 2 {
                text += "; peak \(ValueText.text(p, style: .words)) in \(peak.time.label)"
            }
            parts.append(text + ".")
        }
        if series.count > 3 { parts.append("\(series.count - 3) more series in the table.") }
        if series.contains { $0.points.contains { $0.forecast } } { parts.append("Dashed segments and hollow markers are guidance.") }
        return parts.joined(separator: " ")
    }

    func table(caption: String) -> DataTable {
        var headers = [humanize(line.x.name)]
        if let group = line.group { headers.append(humanize(group.name)) }
        headers.append(headerWithUnit(line.y.name, unit))
        if line.forecast != nil { headers.append("Basis") }
        let derived = series.contains { $0.points.contains { $0.number?.derived == true } }
        if derived { headers.append("Notes") }
        var body: [[DataTable.Cell]] = []
        for item in series {
            for point in item.points {
                var cells = [DataTable.Cell(text: point.time.iso, isRowHeader: true)]
                if line.group != nil { cells.append(DataTable.Cell(text: item.name)) }
                cells.append(DataTable.number(point.number))
                if line.forecast != nil { cells.append(DataTable.Cell(text: point.forecast ? "guidance" : "actual")) }
                if derived { cells.append(DataTable.Cell(text: derivedNote(point.number))) }
                body.append(cells)
            }
        }
        return DataTable(caption: caption, headers: headers, rows: body)
    }

    private func endLabel(_ item: Series, guidanceWord: Bool) -> String? {
        guard let last = item.points.last(where: { $0.number != nil }), let number = last.number else { return nil }
        var text = ValueText.text(number, style: .label)
        if last.forecast, guidanceWord { text += " guidance" }
        return line.group == nil ? text : item.name + " " + text
    }

    func svg(id: String, width: Double, narrow: Bool) -> SVGNode {
        let font = narrow ? 13.0 : 12.0
        let labelFont = 13.0
        let height = narrow ? 240.0 : 320.0
        let top = 20.0
        let bottom = height - 28
        let values = series.flatMap { $0.points.compactMap { $0.number.map { ValueText.exact($0).doubleValue } } }
        let yAxis = ValueAxis.linear(dataMin: values.min() ?? 0, dataMax: values.max() ?? 0, includeZero: true, unit: unit,
            length: bottom - top, pxPerTick: 40, fontSize: font, horizontal: false)
        let yScale = LinearScale(d0: yAxis.lo, d1: yAxis.hi, r0: bottom, r1: top)
        let gutter = (yAxis.ticks.map { TextMeasure.width($0.label, fontSize: font) }.max() ?? 0) + 10
        // End labels carry "guidance" when it fits in 30 % of the width; the dashes, hollow
        // markers and the table say so otherwise.
        var labels = series.map { endLabel($0, guidanceWord: true) }
        if (labels.compactMap { $0 }.map { TextMeasure.width($0, fontSize: labelFont, bold: true) }.max() ?? 0) > width * 0.3 {
            labels = series.map { endLabel($0, guidanceWord: false) }
        }
        let endWidth = min(width * 0.4, (labels.compactMap { $0 }.map { TextMeasure.width($0, fontSize: labelFont, bold: true) }.max() ?? 0) + 10)
        let plotLeft = gutter + 6
        let plotRight = width - endWidth - 4
        let xs = series.flatMap { $0.points.map(\.x) }
        let timeAxis: TimeAxis
        if yearsOnly {
            timeAxis = TimeAxis.years(from: Int(xs.min() ?? 0), to: Int(xs.max() ?? 0), length: plotRight - plotLeft, fontSize: font)
        } else {
            timeAxis = TimeAxis.dates(fromDay: xs.min() ?? 0, toDay: xs.max() ?? 0, length: plotRight - plotLeft, fontSize: font)
        }
        let xScale = LinearScale(d0: timeAxis.lo, d1: timeAxis.hi, r0: plotLeft, r1: plotRight)
        var canvas = ChartCanvas(id: id, type: area ? .area : .line, narrow: narrow, width: width, height: height, title: svgTitle, desc: desc)
        let grid = horizontalGrid(axis: yAxis, scale: { yScale($0) }, x0: 0, x1: width - endWidth, fontSize: font)
        canvas.grid = grid.grid
        canvas.axes = [grid.labels, bottomAxis(ticks: timeAxis.ticks, scale: { xScale($0) }, y: height - 8, fontSize: font, minX: 0, maxX: width)]
        var marks: [SVGNode] = []
        var ends: [(y: Double, text: String, color: String)] = []
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
                        if let last = forecastRuns.last?.last, last == prevXY { forecastRuns[forecastRuns.count - 1].append(xy) } else { forecastRuns.append([prevXY, xy]) }
                    } else if let last = actualRuns.last?.last, last == prevXY {
                        actualRuns[actualRuns.count - 1].append(xy)
                    } else {
                        actualRuns.append([prevXY, xy])
                    }
                }
                previous = point
            }
            if area {
                let present = points.compactMap { p in p.number.map { (xScale(p.x), yScale(ValueText.exact($0).doubleValue)) } }
                if present.count > 1, let first = present.first, let last = present.last {
                    let path = Draw.polyline(present) + " L" + svgNumber(last.0) + " " + svgNumber(yScale(0)) + " L" + svgNumber(first.0) + " " + svgNumber(yScale(0)) + " Z"
                    marks.append(SVGNode("path", [("class", cls + " sg-area"), ("d", path), ("fill", color), ("fill-opacity", "0.15"), ("aria-hidden", "true")]))
                }
            }
            for run in actualRuns {
                marks.append(SVGNode("path", [("class", cls), ("d", Draw.polyline(run)), ("fill", "none"), ("stroke", color), ("stroke-width", "2"),
                    ("stroke-linejoin", "round"), ("stroke-linecap", "round"), ("aria-hidden", "true")]))
            }
            for run in forecastRuns {
                marks.append(SVGNode("path", [("class", cls + " sg-forecast"), ("d", Draw.polyline(run)), ("fill", "none"), ("stroke", color), ("stroke-width", "2"),
                    ("stroke-dasharray", "4 3"), ("stroke-linejoin", "round"), ("aria-hidden", "true")]))
            }
            let present = points.filter { $0.number != nil }
            let showAll = present.count <= 12
            for (pointIndex, point) in present.enumerated() {
                guard let number = point.number, showAll || pointIndex == present.count - 1 || point.forecast else { continue }
                let name = line.group == nil ? point.time.label : item.name + ", " + point.time.label
                let tooltip = ValueText.tooltip(label: name, number: number, extra: point.forecast ? "(guidance)" : nil)
                marks.append(Draw.circle(cls + (point.forecast ? " sg-forecast" : ""), cx: xScale(point.x), cy: yScale(ValueText.exact(number).doubleValue), r: 3,
                    fill: point.forecast ? "none" : color, extra: point.forecast ? [("stroke", color), ("stroke-width", "1.5")] : [], tooltip: tooltip))
            }
            if let last = present.last, let number = last.number, let text = labels[index] {
                ends.append((yScale(ValueText.exact(number).doubleValue), text, color))
            }
        }
        canvas.marks = marks
        let placed = dodge(ends.map(\.y), gap: labelFont + 3, minY: top, maxY: bottom)
        let endNodes = ends.indices.map { i in
            Draw.text(TextMeasure.ellipsize(ends[i].text, maxWidth: endWidth - 8, fontSize: labelFont, bold: true), x: plotRight + 8,
                y: centredBaseline(placed[i], fontSize: labelFont))
        }
        canvas.labels = [Draw.group("sg-labels sg-labels-end", [("font-size", "13"), ("font-weight", "600"), ("style", "font-variant-numeric:tabular-nums")], endNodes)]
        canvas.baseline = [Draw.line(plotLeft - 6, yScale(0), plotRight, yScale(0), [("class", "sg-baseline"), ("stroke", "currentColor"), ("shape-rendering", "crispEdges")])]
        return canvas.node()
    }
}

/// Whether a cell equals a forecast marker value.
func matches(_ cell: ChartCell, _ marker: ChartInput) -> Bool {
    switch (cell, marker) {
    case (.text(let a), .string(let b)): return a == b
    case (.text(let a), .bool(let b)): return ["true", "yes"].contains(a.lowercased()) == b
    case (.number(let a), .number(let b)): return a.value == b
    case (.year(let a), .number(let b)): return Decimal(a) == b
    case (.missing, .null): return true
    default: return false
    }
}

/// Greedy vertical dodge: keeps order, separates labels by `gap`, stays within bounds.
func dodge(_ ys: [Double], gap: Double, minY: Double, maxY: Double) -> [Double] {
    let order = ys.indices.sorted { (ys[$0], $0) < (ys[$1], $1) }
    var placed = ys
    var last = -Double.greatestFiniteMagnitude
    for index in order {
        let y = max(ys[index], last + gap, minY)
        placed[index] = y
        last = y
    }
    // Shift up from the bottom if the sweep ran past the end.
    var limit = maxY
    for index in order.reversed() {
        if placed[index] > limit { placed[index] = limit }
        limit = placed[index] - gap
    }
    return placed
}

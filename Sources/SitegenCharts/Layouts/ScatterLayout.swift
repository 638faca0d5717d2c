import Foundation

/// Scatter and bubble chart with log axes when needed, a size key and reference diagonals
/// (CHARTS.md 3.5).
struct ScatterLayout: ChartLayout {
    struct Point {
        let label: String
        let x: ChartNumber
        let y: ChartNumber
        let size: ChartNumber?
    }

    let spec: ChartSpec
    let scatter: ScatterChartSpec
    let points: [Point]
    let skipped: Int
    let xUnit: ChartUnit
    let yUnit: ChartUnit
    let sizeUnit: ChartUnit?
    let diagonals: [Decimal]

    init(spec: ChartSpec, scatter: ScatterChartSpec, reader: FieldReader) throws(ChartSpecError) {
        self.spec = spec
        self.scatter = scatter
        let labels = try reader.texts(scatter.label, key: "label")
        let xs = try reader.numbers(scatter.x, key: "x")
        let ys = try reader.numbers(scatter.y, key: "y")
        let sizes = try scatter.size.map { field throws(ChartSpecError) in
            try reader.numbers(field, key: "size", negativeReason: "bubble area cannot be negative")
        }
        var result: [Point] = []
        for i in labels.indices {
            guard let x = xs[i], let y = ys[i] else { continue }
            result.append(Point(label: labels[i] ?? "n/a", x: x, y: y, size: sizes?[i] ?? nil))
        }
        // Ranked by label then values so row order does not change the output.
        points = result.sorted { ($0.label, $0.x.value, $0.y.value) < ($1.label, $1.x.value, $1.y.value) }
        skipped = labels.count - result.count
        xUnit = xs.compactMap { $0?.unit }.first ?? .plain
        yUnit = ys.compactMap { $0?.unit }.first ?? .plain
        sizeUnit = sizes?.compactMap { $0?.unit }.first
        if let given = scatter.diagonals {
            diagonals = given
        } else {
            diagonals = xUnit == yUnit ? [1, 4, 10] : []
        }
    }

    var isEmpty: Bool { points.isEmpty }

    var svgTitle: String {
        "Scatter chart: \(spec.title), \(ValueText.unitWords(xUnit)) against \(ValueText.unitWords(yUnit))"
    }

    private func ratio(_ p: Point) -> Double? {
        let x = ValueText.exact(p.x).doubleValue
        return x > 0 ? ValueText.exact(p.y).doubleValue / x : nil
    }

    var desc: String {
        var text = "\(points.count) \(pluralize("point", points.count))."
        if xUnit == yUnit {
            let ratios = points.compactMap { p in ratio(p).map { (p, $0) } }
            if let lo = ratios.min(by: { $0.1 < $1.1 }), let hi = ratios.max(by: { $0.1 < $1.1 }),
                let a = ExactDecimal(Decimal(lo.1).rounded1), let b = ExactDecimal(Decimal(hi.1).rounded1)
            {
                text += " \(humanize(scatter.y.name)) is between \(NumberFormat.multiple(a)) and \(NumberFormat.multiple(b)) \(humanize(scatter.x.name).lowercased()); highest ratio \(clip(hi.0.label))."
            }
        }
        if let big = points.filter({ $0.size != nil }).max(by: { ($0.size?.value ?? 0) < ($1.size?.value ?? 0) }), let size = big.size {
            text += " Largest \(humanize(scatter.size?.name ?? "size").lowercased()): \(clip(big.label)) (\(ValueText.text(size, style: .words)))."
        }
        if skipped > 0 { text += " \(skipped) without both values (in the table)." }
        return text
    }

    private func clip(_ text: String) -> String { text.count > 40 ? String(text.prefix(39)) + "…" : text }

    func table(caption: String) -> DataTable {
        var headers = ["#", humanize(scatter.label.name), headerWithUnit(scatter.x.name, xUnit), headerWithUnit(scatter.y.name, yUnit)]
        if let size = scatter.size, let sizeUnit { headers.append(headerWithUnit(size.name, sizeUnit)) } else if let size = scatter.size { headers.append(humanize(size.name)) }
        let body = points.enumerated().map { index, p -> [DataTable.Cell] in
            var cells = [DataTable.Cell(text: String(index + 1), numeric: true), DataTable.Cell(text: p.label, isRowHeader: true),
                DataTable.number(p.x), DataTable.number(p.y)]
            if scatter.size != nil { cells.append(DataTable.number(p.size)) }
            return cells
        }
        return DataTable(caption: caption, headers: headers, rows: body)
    }

    func svg(id: String, width: Double, narrow: Bool) -> SVGNode {
        let font = narrow ? 13.0 : 12.0
        let labelFont = 13.0
        let height = narrow ? 320.0 : 400.0
        let rMax = narrow ? 14.0 : 18.0
        let sizes = points.compactMap { $0.size.map { ValueText.exact($0).doubleValue } }
        let sizeMax = sizes.max() ?? 0
        let keyHeight = sizeMax > 0 ? 2 * rMax + 8 : 0
        let top = 16.0 + keyHeight
        let bottom = height - 28
        let xv = points.map { ValueText.exact($0.x).doubleValue }
        let yv = points.map { ValueText.exact($0.y).doubleValue }
        func axis(_ values: [Double], unit: ChartUnit, length: Double, px: Double, horizontal: Bool) -> ValueAxis {
            let lo = values.min() ?? 0
            let hi = values.max() ?? 0
            if lo > 0, hi / lo > 100 { return ValueAxis.log(dataMin: lo, dataMax: hi, unit: unit, length: length, pxPerTick: px) }
            return ValueAxis.linear(dataMin: lo, dataMax: hi, includeZero: true, unit: unit, length: length, pxPerTick: px, fontSize: font, horizontal: horizontal)
        }
        let yAxis = axis(yv, unit: yUnit, length: bottom - top, px: 40, horizontal: false)
        let gutter = (yAxis.ticks.map { TextMeasure.width($0.label, fontSize: font) }.max() ?? 0) + 10
        let plotLeft = gutter + 6 + rMax / 2
        let plotRight = width - 8 - rMax / 2
        let xAxis = axis(xv, unit: xUnit, length: plotRight - plotLeft, px: 80, horizontal: true)
        let ys = yAxis.isLog ? nil : LinearScale(d0: yAxis.lo, d1: yAxis.hi, r0: bottom, r1: top)
        let yl = LogScale(d0: yAxis.lo, d1: yAxis.hi, r0: bottom, r1: top)
        let xsc = xAxis.isLog ? nil : LinearScale(d0: xAxis.lo, d1: xAxis.hi, r0: plotLeft, r1: plotRight)
        let xl = LogScale(d0: xAxis.lo, d1: xAxis.hi, r0: plotLeft, r1: plotRight)
        let sx: (Double) -> Double = { xsc?($0) ?? xl($0) }
        let sy: (Double) -> Double = { ys?($0) ?? yl($0) }
        var canvas = ChartCanvas(id: id, type: .scatter, narrow: narrow, width: width, height: height, title: svgTitle, desc: desc)
        let grid = horizontalGrid(axis: yAxis, scale: sy, x0: 0, x1: width - 4, fontSize: font)
        canvas.grid = grid.grid + xAxis.ticks.map { Draw.line(sx($0.value), top, sx($0.value), bottom) }
        canvas.axes = [grid.labels, bottomAxis(ticks: xAxis.ticks, scale: sx, y: height - 8, fontSize: font, minX: plotLeft - 6, maxX: width)]
        func radius(_ p: Point) -> Double {
            guard let s = p.size, sizeMax > 0 else { return 5 }
            return max(3, rMax * (max(0, ValueText.exact(s).doubleValue) / sizeMax).squareRoot())
        }
        let circles = points.map { p in (sx(ValueText.exact(p.x).doubleValue), sy(ValueText.exact(p.y).doubleValue), radius(p)) }
        var boxes: [Box] = []
        var diagonalNodes: [SVGNode] = []
        var diagonalLabels: [SVGNode] = []
        for k in diagonals {
            let kd = ExactDecimal(k)?.doubleValue ?? 1
            // y = k·x, clipped to the plot: from the lower x bound to where it meets the top or right.
            let x0 = max(xAxis.lo, yAxis.lo / kd)
            let x1 = min(xAxis.hi, yAxis.hi / kd)
            guard x1 > x0, x0 > 0 || !(xAxis.isLog || yAxis.isLog) else { continue }
            let a = (sx(x0), sy(kd * x0))
            let b = (sx(x1), sy(kd * x1))
            diagonalNodes.append(Draw.line(a.0, a.1, b.0, b.1))
            let text = NumberFormat.multiple(ExactDecimal(k) ?? .zero)
            let w = TextMeasure.width(text, fontSize: font)
            // Label at the line's far end, sliding back along the line past any bubble.
            var chosen: Box?
            for step in 0..<40 {
                let t = 1 - Double(step) * 0.025
                let px = a.0 + (b.0 - a.0) * t
                let py = a.1 + (b.1 - a.1) * t
                let box = Box(x: min(px + 3, width - 2 - w), y: max(top, py - 3 - font), w: w, h: font)
                if circles.contains(where: { box.intersects(circle: ($0.0, $0.1, $0.2 + 2)) }) { continue }
                if boxes.contains(where: { $0.intersects(box, gap: 2) }) { continue }
                chosen = box
                break
            }
            if let box = chosen {
                diagonalLabels.append(Draw.text(text, x: box.x, y: box.y + font * 0.8))
                boxes.append(box)
            }
        }
        if !diagonalNodes.isEmpty {
            canvas.axes.append(Draw.group("sg-diagonals", [("stroke", "currentColor"), ("stroke-opacity", "0.3"), ("stroke-dasharray", "4 3"),
                ("aria-hidden", "true")], diagonalNodes))
            canvas.axes.append(Draw.group("sg-labels sg-diagonal-labels", [("font-size", svgNumber(font)), ("fill-opacity", "0.7"), ("aria-hidden", "true")], diagonalLabels))
        }
        let order = points.indices.sorted { (radius(points[$0]), $0) > (radius(points[$1]), $1) }
        var marks: [SVGNode] = []
        for index in order {
            let p = points[index]
            let c = circles[index]
            var tooltip = "\(p.label): \(humanize(scatter.x.name).lowercased()) \(ValueText.text(p.x, style: .precise)), \(humanize(scatter.y.name).lowercased()) \(ValueText.text(p.y, style: .precise))"
            if let s = p.size { tooltip += ", \(humanize(scatter.size?.name ?? "size").lowercased()) \(ValueText.text(s, style: .precise))" }
            marks.append(Draw.circle("sg-s1", cx: c.0, cy: c.1, r: c.2, fill: Palette.blue,
                extra: [("fill-opacity", "0.6"), ("stroke", Palette.blue), ("stroke-width", "1")], tooltip: tooltip))
        }
        canvas.marks = marks
        var sizeKey: [SVGNode] = []
        if sizeMax > 0, let sizeUnit {
            var keyNodes: [SVGNode] = []
            let run = NiceTicks.run(0, sizeMax, count: 2)
            let keyValues = (run?.exactValues ?? []).filter { !$0.isZero }.suffix(2)
            var x = width - 8.0
            for value in keyValues.reversed() {
                let r = rMax * (value.doubleValue / sizeMax).squareRoot()
                let text = ValueAxis.compactLabel(value, unit: sizeUnit)
                let w = TextMeasure.width(text, fontSize: font)
                x -= w
                keyNodes.append(Draw.text(text, x: x, y: 8 + 2 * rMax - 2))
                boxes.append(Box(x: x, y: 8 + 2 * rMax - 2 - font * 0.8, w: w, h: font))
                x -= r + 4
                keyNodes.append(SVGNode("circle", [("cx", svgNumber(x)), ("cy", svgNumber(8 + 2 * rMax - r)), ("r", svgNumber(r)), ("fill", "none"),
                    ("stroke", "currentColor"), ("stroke-opacity", "0.6")]))
                boxes.append(Box(x: x - r, y: 8 + 2 * rMax - 2 * r, w: 2 * r, h: 2 * r))
                x -= r + 12
            }
            let caption = "Area = " + humanize(scatter.size?.name ?? "size").lowercased()
            x -= TextMeasure.width(caption, fontSize: font)
            keyNodes.append(Draw.text(caption, x: max(4, x), y: 8 + 2 * rMax - 2))
            boxes.append(Box(x: max(4, x), y: 8 + 2 * rMax - 2 - font * 0.8, w: TextMeasure.width(caption, fontSize: font), h: font))
            sizeKey = [Draw.group("sg-legend sg-size-key", [("font-size", svgNumber(font)), ("aria-hidden", "true")], keyNodes)]
        }
        // Labels: names beside bubbles at the first free spot of 8, else a numbered marker.
        var labelNodes: [SVGNode] = []
        let bounds = Box(x: 0, y: 0, w: width, h: height)
        var numbered: [(Int, String)] = []
        for index in points.indices {
            let c = circles[index]
            let name = narrow ? String(index + 1) : TextMeasure.ellipsize(points[index].label, maxWidth: 240, fontSize: labelFont)
            var placed = false
            for candidate in [name, String(index + 1)] where !placed {
                let w = TextMeasure.width(candidate, fontSize: labelFont)
                let h = labelFont
                let r = c.2 + 3
                let spots: [(Double, Double)] = [
                    (c.0 + r, c.1 - h / 2), (c.0 - r - w, c.1 - h / 2), (c.0 - w / 2, c.1 - r - h), (c.0 - w / 2, c.1 + r),
                    (c.0 + r * 0.7, c.1 - r * 0.7 - h), (c.0 - r * 0.7 - w, c.1 - r * 0.7 - h), (c.0 + r * 0.7, c.1 + r * 0.7), (c.0 - r * 0.7 - w, c.1 + r * 0.7),
                ]
                for spot in spots {
                    let box = Box(x: spot.0, y: spot.1, w: w, h: h)
                    guard bounds.contains(box.inset(-2)), box.y + h <= bottom else { continue }
                    if boxes.contains(where: { $0.intersects(box, gap: 2) }) { continue }
                    if circles.indices.contains(where: { $0 != index && box.intersects(circle: circles[$0]) }) { continue }
                    boxes.append(box)
                    labelNodes.append(Draw.text(candidate, x: box.x, y: box.y + h * 0.8))
                    placed = true
                    if candidate != name || narrow { numbered.append((index + 1, points[index].label)) }
                    break
                }
            }
        }
        canvas.labels = [Draw.group("sg-labels sg-labels-point", [("font-size", "13")], labelNodes)] + sizeKey
        return canvas.node()
    }
}

/// An axis-aligned box for collision checks.
struct Box: Sendable {
    var x: Double, y: Double, w: Double, h: Double

    func intersects(_ other: Box, gap: Double) -> Bool {
        x < other.x + other.w + gap && other.x < x + w + gap && y < other.y + other.h + gap && other.y < y + h + gap
    }

    func intersects(circle: (Double, Double, Double)) -> Bool {
        let cx = min(max(circle.0, x), x + w)
        let cy = min(max(circle.1, y), y + h)
        let dx = circle.0 - cx
        let dy = circle.1 - cy
        return dx * dx + dy * dy < circle.2 * circle.2
    }

    func contains(_ other: Box) -> Bool {
        other.x >= x && other.y >= y && other.x + other.w <= x + w && other.y + other.h <= y + h
    }

    func inset(_ d: Double) -> Box { Box(x: x + d, y: y + d, w: w - 2 * d, h: h - 2 * d) }
}

extension Decimal {
    /// Rounded to one decimal place, half away from zero.
    var rounded1: Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, 1, .plain)
        return result
    }
}

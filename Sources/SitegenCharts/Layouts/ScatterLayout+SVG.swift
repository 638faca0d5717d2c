import Foundation
import SitegenSupport

/// Drawing of scatter and bubble charts.
extension ScatterLayout {
    func svg(id: String, width: Double, narrow: Bool) -> SVGNode {
        drawing(id: id, width: width, narrow: narrow).svg
    }

    /// The chart, with each point named beside its bubble where the name fits, else numbered
    /// and named in the key.
    func drawing(id: String, width: Double, narrow: Bool) -> ChartDrawing {
        let font = narrow ? 13.0 : 12.0
        let labelFont = 13.0
        let height = narrow ? 320.0 : 400.0
        let rMax = narrow ? 14.0 : 18.0
        let sizes = points.compactMap { $0.size.map { ValueText.exact($0).doubleValue } }
        let sizeMax = sizes.max() ?? 0
        let keyHeight = sizeMax > 0 ? 2 * rMax + 8 : 0
        let top = 16.0 + keyHeight
        let bottom = height - 28
        func floor(_ n: ChartNumber) -> [Double] { ValueText.rangeStart(n).map { [$0] } ?? [] }
        let xv = points.map { ValueText.exact($0.x).doubleValue } + points.flatMap { floor($0.x) }
        let yv = points.map { ValueText.exact($0.y).doubleValue } + points.flatMap { floor($0.y) }
        func axis(_ values: [Double], unit: ChartUnit, length: Double, px: Double, horizontal: Bool)
            -> ValueAxis
        {
            let lo = values.min() ?? 0
            let hi = values.max() ?? 0
            if lo > 0, hi / lo > 100 {
                return ValueAxis.log(
                    dataMin: lo, dataMax: hi, unit: unit, length: length, pxPerTick: px)
            }
            return ValueAxis.linear(
                dataMin: lo, dataMax: hi, includeZero: true, unit: unit, length: length,
                pxPerTick: px, fontSize: font, horizontal: horizontal)
        }
        let yAxis = axis(yv, unit: yUnit, length: bottom - top, px: 40, horizontal: false)
        let gutter =
            (yAxis.ticks.map { TextMeasure.width($0.label, fontSize: font) }.max() ?? 0) + 10
        let plotLeft = gutter + 6 + rMax / 2
        let plotRight = width - 8 - rMax / 2
        let xAxis = axis(xv, unit: xUnit, length: plotRight - plotLeft, px: 80, horizontal: true)
        let ys = yAxis.isLog ? nil : LinearScale(d0: yAxis.lo, d1: yAxis.hi, r0: bottom, r1: top)
        let yl = LogScale(d0: yAxis.lo, d1: yAxis.hi, r0: bottom, r1: top)
        let xsc =
            xAxis.isLog ? nil : LinearScale(d0: xAxis.lo, d1: xAxis.hi, r0: plotLeft, r1: plotRight)
        let xl = LogScale(d0: xAxis.lo, d1: xAxis.hi, r0: plotLeft, r1: plotRight)
        let sx: (Double) -> Double = { xsc?($0) ?? xl($0) }
        let sy: (Double) -> Double = { ys?($0) ?? yl($0) }
        var canvas = ChartCanvas(
            id: id, type: .scatter, narrow: narrow, width: width, height: height, title: svgTitle,
            desc: desc)
        let grid = horizontalGrid(axis: yAxis, scale: sy, x0: 0, x1: width - 4, fontSize: font)
        canvas.grid =
            grid.grid + xAxis.ticks.map { Draw.line(sx($0.value), top, sx($0.value), bottom) }
        canvas.axes = [
            grid.labels,
            bottomAxis(
                ticks: xAxis.ticks, scale: sx, y: height - 8, fontSize: font, minX: plotLeft - 6,
                maxX: width),
        ]
        func radius(_ p: Point) -> Double {
            guard let s = p.size, sizeMax > 0 else { return 5 }
            return max(3, rMax * (max(0, ValueText.exact(s).doubleValue) / sizeMax).squareRoot())
        }
        let radii = points.map(radius)
        let circles = points.indices.map { index in
            (
                sx(ValueText.exact(points[index].x).doubleValue),
                sy(ValueText.exact(points[index].y).doubleValue), radii[index]
            )
        }
        var circleGrid = CollisionGrid()
        for (index, circle) in circles.enumerated() {
            circleGrid.insert(
                index,
                bounds: Box(
                    x: circle.0 - circle.2, y: circle.1 - circle.2, w: 2 * circle.2,
                    h: 2 * circle.2))
        }
        var boxes = PlacedBoxes()
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
            let text = QuantityText.attached(ExactDecimal(k) ?? .zero, unit: .multiple)
            let w = TextMeasure.width(text, fontSize: font)
            // Label at the line's far end, sliding back along the line past any bubble.
            var chosen: Box?
            for step in 0..<40 {
                let t = 1 - Double(step) * 0.025
                let px = a.0 + (b.0 - a.0) * t
                let py = a.1 + (b.1 - a.1) * t
                let box = Box(
                    x: min(px + 3, width - 2 - w), y: max(top, py - 3 - font), w: w, h: font)
                let nearCircle = circleGrid.contains(near: box, margin: 2) {
                    box.intersects(circle: (circles[$0].0, circles[$0].1, circles[$0].2 + 2))
                }
                if nearCircle || boxes.intersects(box, gap: 2) { continue }
                chosen = box
                break
            }
            if let box = chosen {
                diagonalLabels.append(Draw.text(text, x: box.x, y: box.y + font * 0.8))
                boxes.insert(box)
            }
        }
        if !diagonalNodes.isEmpty {
            canvas.axes.append(
                Draw.group(
                    "sg-diagonals",
                    [
                        ("stroke", "currentColor"), ("stroke-opacity", "0.3"),
                        ("stroke-dasharray", "4 3"),
                        ("aria-hidden", "true"),
                    ], diagonalNodes))
            canvas.axes.append(
                Draw.group(
                    "sg-labels sg-diagonal-labels",
                    [
                        ("font-size", svgNumber(font)), ("fill-opacity", "0.7"),
                        ("aria-hidden", "true"),
                    ], diagonalLabels))
        }
        let order = points.indices.sorted { (radii[$0], $0) > (radii[$1], $1) }
        var marks: [SVGNode] = []
        // A range is drawn at its ceiling with a whisker back to its floor.
        var whiskers: [SVGNode] = []
        for (index, p) in points.enumerated() {
            let c = circles[index]
            if let low = floor(p.x).first { whiskers.append(Draw.line(sx(low), c.1, c.0, c.1)) }
            if let low = floor(p.y).first { whiskers.append(Draw.line(c.0, sy(low), c.0, c.1)) }
        }
        if !whiskers.isEmpty {
            marks.append(
                Draw.group(
                    "sg-range-whiskers",
                    [
                        ("stroke", Palette.blue), ("stroke-width", "2"), ("aria-hidden", "true"),
                    ], whiskers))
        }
        for index in order {
            let p = points[index]
            let c = circles[index]
            var tooltip =
                "\(p.label): \(humanize(scatter.x.name).lowercased()) \(ValueText.text(p.x, style: .precise)), \(humanize(scatter.y.name).lowercased()) \(ValueText.text(p.y, style: .precise))"
            if let s = p.size {
                tooltip +=
                    ", \(humanize(scatter.size?.name ?? "size").lowercased()) \(ValueText.text(s, style: .precise))"
            }
            marks.append(
                Draw.circle(
                    "sg-s1", cx: c.0, cy: c.1, r: c.2, fill: Palette.blue,
                    extra: [
                        ("fill-opacity", "0.6"), ("stroke", Palette.blue), ("stroke-width", "1"),
                    ], tooltip: tooltip))
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
                boxes.insert(Box(x: x, y: 8 + 2 * rMax - 2 - font * 0.8, w: w, h: font))
                x -= r + 4
                keyNodes.append(
                    SVGNode(
                        "circle",
                        [
                            ("cx", svgNumber(x)), ("cy", svgNumber(8 + 2 * rMax - r)),
                            ("r", svgNumber(r)), ("fill", "none"),
                            ("stroke", "currentColor"), ("stroke-opacity", "0.6"),
                        ]))
                boxes.insert(Box(x: x - r, y: 8 + 2 * rMax - 2 * r, w: 2 * r, h: 2 * r))
                x -= r + 12
            }
            let caption = "Area = " + humanize(scatter.size?.name ?? "size").lowercased()
            x -= TextMeasure.width(caption, fontSize: font)
            keyNodes.append(Draw.text(caption, x: max(4, x), y: 8 + 2 * rMax - 2))
            boxes.insert(
                Box(
                    x: max(4, x), y: 8 + 2 * rMax - 2 - font * 0.8,
                    w: TextMeasure.width(caption, fontSize: font), h: font))
            sizeKey = [
                Draw.group(
                    "sg-legend sg-size-key",
                    [("font-size", svgNumber(font)), ("aria-hidden", "true")], keyNodes)
            ]
        }
        // Labels: names beside bubbles at the first free spot of 8, else a number that the key
        // beside the chart names. A name is never shortened.
        var labelNodes: [SVGNode] = []
        let bounds = Box(x: 0, y: 0, w: width, h: height)
        var numbered: [(Int, String)] = []
        for index in points.indices {
            let c = circles[index]
            let name = points[index].label
            var placed = false
            for candidate in [name, String(index + 1)] where !placed {
                let w = TextMeasure.width(candidate, fontSize: labelFont)
                let h = labelFont
                let r = c.2 + 3
                let spots: [(Double, Double)] = [
                    (c.0 + r, c.1 - h / 2), (c.0 - r - w, c.1 - h / 2), (c.0 - w / 2, c.1 - r - h),
                    (c.0 - w / 2, c.1 + r),
                    (c.0 + r * 0.7, c.1 - r * 0.7 - h), (c.0 - r * 0.7 - w, c.1 - r * 0.7 - h),
                    (c.0 + r * 0.7, c.1 + r * 0.7), (c.0 - r * 0.7 - w, c.1 + r * 0.7),
                ]
                for spot in spots {
                    let box = Box(x: spot.0, y: spot.1, w: w, h: h)
                    guard bounds.contains(box.inset(-2)), box.y + h <= bottom else { continue }
                    if boxes.intersects(box, gap: 2) { continue }
                    let onCircle = circleGrid.contains(near: box, margin: 0) {
                        $0 != index && box.intersects(circle: circles[$0])
                    }
                    if onCircle { continue }
                    boxes.insert(box)
                    labelNodes.append(Draw.text(candidate, x: box.x, y: box.y + h * 0.8))
                    placed = true
                    if candidate != name {
                        numbered.append((index + 1, points[index].label))
                    }
                    break
                }
            }
        }
        canvas.labels =
            [Draw.group("sg-labels sg-labels-point", [("font-size", "13")], labelNodes)] + sizeKey
        return ChartDrawing(svg: canvas.node(), key: numbered)
    }
}

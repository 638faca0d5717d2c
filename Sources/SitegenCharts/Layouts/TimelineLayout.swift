import Foundation

/// Announcement timeline: one lane per investor, dots at UTC dates, labels packed into rows
/// beside the dots (CHARTS.md 3.4).
struct TimelineLayout: ChartLayout {
    struct Event {
        let time: TimePoint
        let lane: String
        let label: String
        let size: ChartNumber?
    }

    let spec: ChartSpec
    let timeline: TimelineChartSpec
    let events: [Event]
    let lanes: [String]
    let skipped: Int
    let sizeUnit: ChartUnit?

    init(spec: ChartSpec, timeline: TimelineChartSpec, reader: FieldReader) throws(ChartSpecError) {
        self.spec = spec
        self.timeline = timeline
        let times = try reader.times(timeline.date, key: "date")
        let laneNames = try reader.texts(timeline.lane, key: "lane")
        let labels = try reader.texts(timeline.label, key: "label")
        let sizes = try timeline.size.map { field throws(ChartSpecError) in
            // A range sizes its dot by the ceiling, as an "up to" does; its label says the range.
            try reader.numbers(field, key: "size", negativeReason: "dot area cannot be negative")
        }
        var result: [Event] = []
        var laneOrder: [String] = []
        var seenLanes: Set<String> = []
        for i in times.indices {
            guard let time = times[i] else { continue }
            let lane = laneNames[i] ?? "n/a"
            if seenLanes.insert(lane).inserted { laneOrder.append(lane) }
            result.append(
                Event(time: time, lane: lane, label: labels[i] ?? "n/a", size: sizes?[i] ?? nil))
        }
        // Same-day ties: amount descending, then label.
        events = result.enumerated().sorted { a, b in
            if a.element.time.dayNumber != b.element.time.dayNumber {
                return a.element.time.dayNumber < b.element.time.dayNumber
            }
            let sa = a.element.size?.value ?? 0
            let sb = b.element.size?.value ?? 0
            if sa != sb { return sa > sb }
            if a.element.label != b.element.label { return a.element.label < b.element.label }
            return a.offset < b.offset
        }.map(\.element)
        lanes = laneOrder
        skipped = times.count - result.count
        sizeUnit = sizes?.compactMap { $0?.unit }.first
    }

    var isEmpty: Bool { events.isEmpty }

    var svgTitle: String { "Timeline: \(spec.title)" }

    var desc: String {
        guard let first = events.first, let last = events.last else { return "No data available" }
        var text =
            "\(events.count) \(pluralize("event", events.count)) between \(first.time.label) and \(last.time.label)"
        var perLane: [String: Int] = [:]
        for event in events { perLane[event.lane, default: 0] += 1 }
        let counts = lanes.map { lane in (lane, perLane[lane] ?? 0) }
        if lanes.count > 1, let busiest = counts.max(by: { $0.1 < $1.1 }) {
            text += "; \(busiest.0) with \(busiest.1)"
        }
        if let largest = events.filter({ $0.size != nil }).max(by: {
            ($0.size?.value ?? 0) < ($1.size?.value ?? 0)
        }), let size = largest.size {
            text +=
                "; largest \(largest.label), \(ValueText.text(size, style: .words)), \(largest.time.label)"
        }
        if skipped > 0 { text += "; \(skipped) without a date" }
        return text + "."
    }

    func table(caption: String) -> DataTable {
        var headers = [
            "#", humanize(timeline.date.name), humanize(timeline.lane.name),
            humanize(timeline.label.name),
        ]
        if let size = timeline.size {
            headers.append(sizeUnit.map { headerWithUnit(size.name, $0) } ?? humanize(size.name))
        }
        let body = events.enumerated().map { index, event -> [DataTable.Cell] in
            var cells = [
                DataTable.Cell(text: String(index + 1), numeric: true),
                DataTable.Cell(text: event.time.iso, isRowHeader: true),
                DataTable.Cell(text: event.lane), DataTable.Cell(text: event.label),
            ]
            if timeline.size != nil { cells.append(DataTable.number(event.size)) }
            return cells
        }
        return DataTable(caption: caption, headers: headers, rows: body)
    }

    private func eventText(_ event: Event) -> String {
        var text = event.label + " · " + event.time.shortLabel
        if let size = event.size { text += " · " + ValueText.text(size, style: .short) }
        return text
    }

    func svg(id: String, width: Double, narrow: Bool) -> SVGNode {
        drawing(id: id, width: width, narrow: narrow).svg
    }

    /// The chart, and the key to the events numbered because their words did not fit.
    func drawing(id: String, width: Double, narrow: Bool) -> ChartDrawing {
        let font = narrow ? 13.0 : 12.0
        let labelFont = narrow ? 13.0 : 12.0
        let rMax = 12.0
        let sizeMax =
            events.compactMap { $0.size.map { ValueText.exact($0).doubleValue } }.max() ?? 0
        func radius(_ e: Event) -> Double {
            guard let s = e.size, sizeMax > 0 else { return 5 }
            return max(3, rMax * (max(0, ValueText.exact(s).doubleValue) / sizeMax).squareRoot())
        }
        // Lane names take up to 30 % of the width and wrap onto more lines beyond it, whole.
        let laneCol = min(
            width * 0.3, (lanes.map { TextMeasure.width($0, fontSize: 13, bold: true) }.max() ?? 0))
        let laneLines = lanes.map {
            TextMeasure.wrap($0, maxWidth: laneCol, fontSize: 13, maxLines: .max, bold: true).lines
        }
        let plotLeft = laneCol + 16 + (sizeMax > 0 ? rMax : 6)
        let plotRight = width - 8 - (sizeMax > 0 ? rMax : 6)
        let days = events.map { $0.time.dayNumber }
        let axis = TimeAxis.dates(
            fromDay: days.min() ?? 0, toDay: days.max() ?? 0, length: plotRight - plotLeft,
            fontSize: font)
        let scale = LinearScale(d0: axis.lo, d1: axis.hi, r0: plotLeft, r1: plotRight)
        // Pack labels into rows per lane: row 0 beside the dot, then above and below.
        let rowHeight = labelFont + 4
        let radii = events.map(radius)
        let centres = events.map { scale($0.time.dayNumber) }
        let dots = centres.indices.map { (centres[$0] - radii[$0], centres[$0] + radii[$0]) }
        var dotGrids: [String: CollisionGrid] = [:]
        for (index, event) in events.enumerated() {
            dotGrids[event.lane, default: CollisionGrid()].insert(
                index, bounds: Self.span(dots[index]))
        }
        // Each event is named beside its dot where the words fit in a free row: its label, date
        // and size, else its label alone (the axis gives the date, the dot the size), else a
        // number that the key beside the chart names; a number may go further from its lane.
        var laneRows: [String: [Int: PlacedBoxes]] = [:]
        var assignments: [(row: Int, x: Double, text: String)?] = []
        var key: [(number: Int, label: String)] = []
        let wordRows = [0, -1, 1, -2, 2, -3, 3]
        let numberRows = wordRows + [-4, 4, -5, 5, -6, 6]
        for (index, event) in events.enumerated() {
            let cx = centres[index]
            let r = radii[index]
            var rows = laneRows[event.lane] ?? [:]
            let laneDots = dotGrids[event.lane] ?? CollisionGrid()
            var placed: (row: Int, x: Double, text: String)?
            for (text, candidateRows) in [
                (eventText(event), wordRows), (event.label, wordRows),
                (String(index + 1), numberRows),
            ] where placed == nil {
                let w = TextMeasure.width(text, fontSize: labelFont)
                let candidates = candidateRows.flatMap { row in [(row, true), (row, false)] }
                for (row, rightSide) in candidates {
                    let gapFromDot = row == 0 ? r + 3 : 2
                    let x0 = rightSide ? cx + gapFromDot : cx - gapFromDot - w
                    let x1 = x0 + w
                    guard x1 <= width - 2, x0 >= plotLeft - 6 else { continue }
                    if rows[row]?.intersects(Self.span((x0, x1)), gap: 6) == true { continue }
                    if row == 0,
                        laneDots.contains(
                            near: Self.span((x0, x1)), margin: 2,
                            where: {
                                x0 < dots[$0].1 + 2 && dots[$0].0 < x1 + 2
                                    && !(dots[$0].0 == cx - r && dots[$0].1 == cx + r)
                            })
                    {
                        continue
                    }
                    rows[row, default: PlacedBoxes()].insert(Self.span((x0, x1)))
                    placed = (row, x0, text)
                    break
                }
            }
            if let placed, placed.text == String(index + 1) {
                key.append((index + 1, eventText(event)))
            }
            assignments.append(placed)
            laneRows[event.lane] = rows
        }
        let laneExtents = lanes.map { lane -> (above: Int, below: Int) in
            let rows = (laneRows[lane] ?? [:]).keys
            return (max(0, -(rows.min() ?? 0)), max(0, rows.max() ?? 0))
        }
        var laneCentres: [Double] = []
        var y = 28.0
        for extent in laneExtents {
            let nameHalf = Double(laneLines[laneCentres.count].count) * 15 / 2 + 4
            let above = max(16, nameHalf, Double(extent.above) * rowHeight + 12)
            let below = max(16, nameHalf, Double(extent.below) * rowHeight + 12)
            laneCentres.append(y + above)
            y += above + below
        }
        let height = y + 8
        var canvas = ChartCanvas(
            id: id, type: .timeline, narrow: narrow, width: width, height: height, title: svgTitle,
            desc: desc)
        canvas.grid = axis.ticks.map { Draw.line(scale($0.value), 20, scale($0.value), y) }
        canvas.axes = [
            bottomAxisTop(
                ticks: axis.ticks, scale: { scale($0) }, fontSize: font, minX: plotLeft - 8,
                maxX: width)
        ]
        canvas.axes.append(
            Draw.group(
                "sg-lanes",
                [("stroke", "currentColor"), ("stroke-opacity", "0.15"), ("aria-hidden", "true")],
                laneCentres.map { Draw.line(plotLeft - 8, $0, width - 4, $0) }))
        var marks: [SVGNode] = []
        var labels: [SVGNode] = []
        var leaders: [SVGNode] = []
        let order = events.indices.sorted { (radii[$0], $1) > (radii[$1], $0) }
        let laneIndices = Dictionary(
            lanes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for index in order {
            let event = events[index]
            guard let laneIndex = laneIndices[event.lane] else { continue }
            let cy = laneCentres[laneIndex]
            var tooltip = "\(event.label), \(event.lane): \(event.time.label)"
            if let size = event.size { tooltip += ", " + ValueText.text(size, style: .precise) }
            marks.append(
                Draw.circle(
                    "sg-s1", cx: centres[index], cy: cy, r: radii[index],
                    fill: Palette.blue,
                    extra: [
                        ("fill-opacity", "0.7"), ("stroke", Palette.blue), ("stroke-width", "1"),
                    ], tooltip: tooltip))
        }
        for (index, event) in events.enumerated() {
            guard let laneIndex = laneIndices[event.lane], let a = assignments[index] else {
                continue
            }
            let cy = laneCentres[laneIndex] + Double(a.row) * rowHeight
            labels.append(Draw.text(a.text, x: a.x, y: centredBaseline(cy, fontSize: labelFont)))
            if a.row != 0 {
                let cx = centres[index]
                let dotEdge = laneCentres[laneIndex] + (a.row < 0 ? -radii[index] : radii[index])
                let labelEdge = cy + (a.row < 0 ? labelFont * 0.5 : -labelFont * 0.6)
                leaders.append(Draw.line(cx, dotEdge, cx, labelEdge))
            }
        }
        canvas.marks = marks
        canvas.labels = [
            Draw.group(
                "sg-labels sg-labels-lane",
                [("text-anchor", "end"), ("font-size", "13"), ("font-weight", "600")],
                lanes.indices.map {
                    let lead = Double(laneLines[$0].count - 1) * 15 / 2
                    return Draw.lines(
                        laneLines[$0], x: laneCol + 4,
                        y: centredBaseline(laneCentres[$0] - lead, fontSize: 13), lineHeight: 15)
                }),
            Draw.group("sg-labels sg-labels-event", [("font-size", svgNumber(labelFont))], labels),
        ]
        if !leaders.isEmpty {
            canvas.baseline.append(
                Draw.group(
                    "sg-leaders",
                    [
                        ("stroke", "currentColor"), ("stroke-opacity", "0.5"),
                        ("aria-hidden", "true"),
                    ], leaders))
        }
        return ChartDrawing(svg: canvas.node(), key: key)
    }

    /// A horizontal span as a box of no height, for a ``CollisionGrid`` of one row.
    private static func span(_ interval: (Double, Double)) -> Box {
        Box(x: interval.0, y: 0, w: interval.1 - interval.0, h: 0)
    }
}

/// Time labels along the top of a timeline.
private func bottomAxisTop(
    ticks: [AxisTick], scale: (Double) -> Double, fontSize: Double, minX: Double, maxX: Double
) -> SVGNode {
    bottomAxis(ticks: ticks, scale: scale, y: 14, fontSize: fontSize, minX: minX, maxX: maxX)
}

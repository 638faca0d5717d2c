import Foundation

/// Waterfall (bridge) chart of signed steps between totals (CHARTS.md 3.6).
struct WaterfallLayout: ChartLayout {
    struct Step {
        let label: String
        let number: ChartNumber?
        let isTotal: Bool
        let start: Double
        let end: Double
    }

    let spec: ChartSpec
    let waterfall: WaterfallChartSpec
    let steps: [Step]
    let unit: ChartUnit

    init(spec: ChartSpec, waterfall: WaterfallChartSpec, reader: FieldReader) throws(ChartSpecError)
    {
        self.spec = spec
        self.waterfall = waterfall
        let labels = try reader.texts(waterfall.label, key: "label")
        let numbers = try reader.numbers(
            waterfall.value, key: "value",
            rangeReason:
                "a waterfall step is one amount or a bound; chart the firm and the contingent part as two steps"
        )
        let totals = try waterfall.total.map { field throws(ChartSpecError) in
            try reader.cells(field, key: "total")
        }
        let unit = numbers.compactMap { $0?.unit }.first ?? .plain
        self.unit = unit
        var running: [ChartNumber] = []
        var level = 0.0
        var result: [Step] = []
        for row in labels.indices {
            let isTotal = totals.map { isTruthy($0[row]) } ?? false
            if isTotal {
                let computed = try Self.total(running, unit: unit, label: labels[row], waterfall)
                let number =
                    numbers[row]
                    ?? ChartNumber(
                        value: computed.value, unit: unit, qualifier: computed.qualifier,
                        derived: true,
                        working: "sum of the steps above")
                let value = ValueText.exact(number).doubleValue
                result.append(
                    Step(
                        label: labels[row] ?? "n/a", number: number, isTotal: true, start: 0,
                        end: value))
                running = [number]
                level = value
            } else {
                guard let number = numbers[row] else {
                    result.append(
                        Step(
                            label: labels[row] ?? "n/a", number: nil, isTotal: false, start: level,
                            end: level))
                    continue
                }
                let value = ValueText.exact(number).doubleValue
                result.append(
                    Step(
                        label: labels[row] ?? "n/a", number: number, isTotal: false, start: level,
                        end: level + value))
                running.append(number)
                level += value
            }
        }
        if let totalLabel = waterfall.totalLabel {
            let computed = try Self.total(running, unit: unit, label: totalLabel, waterfall)
            let number = ChartNumber(
                value: computed.value, unit: unit, qualifier: computed.qualifier, derived: true,
                working: "sum of the steps")
            result.append(
                Step(
                    label: totalLabel, number: number, isTotal: true, start: 0,
                    end: ValueText.exact(number).doubleValue))
        }
        steps = result
    }

    var isEmpty: Bool { !steps.contains { $0.number != nil } }

    /// The sum of the steps since the last total, or an error when their bounds cancel out.
    private static func total(
        _ running: [ChartNumber], unit: ChartUnit, label: String?,
        _ waterfall: WaterfallChartSpec
    ) throws(ChartSpecError) -> ChartNumber {
        if let total = sum(running, unit: unit) { return total }
        throw ChartSpecError(
            keyPath: waterfall.value.keyPath,
            message:
                "The total '\(label ?? "n/a")' has neither a floor nor a ceiling: the steps above it mix an 'at least' rise with an 'at least' fall; give the total's value in the data, or state one of those steps as an amount or 'up to'"
        )
    }

    var svgTitle: String { "Waterfall chart: \(spec.title), \(ValueText.unitWords(unit))" }

    var notes: [String] {
        steps.contains { $0.number?.derived == true }
            ? ["Derived values are marked in the data table"] : []
    }

    var desc: String {
        let deltas = steps.filter { !$0.isTotal && $0.number != nil }
        var text = "\(steps.count) columns, \(deltas.count) of them changes."
        if let rise = deltas.filter({ $0.end > $0.start }).max(by: {
            $0.end - $0.start < $1.end - $1.start
        }), let n = rise.number {
            text += " Largest rise: \(rise.label), \(signedText(n, style: .words))."
        }
        if let fall = deltas.filter({ $0.end < $0.start }).max(by: {
            $0.start - $0.end < $1.start - $1.end
        }), let n = fall.number {
            text += " Largest fall: \(fall.label), \(signedText(n, style: .words))."
        }
        if let last = steps.last, last.isTotal, let n = last.number {
            text += " \(last.label): \(ValueText.text(n, style: .words))."
        }
        return text
    }

    func table(caption: String) -> DataTable {
        let headers = [
            humanize(waterfall.label.name), headerWithUnit(waterfall.value.name, unit), "Kind",
            "Notes",
        ]
        let body = steps.map { step -> [DataTable.Cell] in
            var value = DataTable.number(step.number)
            if let n = step.number, !step.isTotal { value.text = signedText(n, style: .precise) }
            return [
                DataTable.Cell(text: step.label, isRowHeader: true), value,
                DataTable.Cell(text: step.isTotal ? "total" : "change"),
                DataTable.Cell(text: derivedNote(step.number)),
            ]
        }
        return DataTable(caption: caption, headers: headers, rows: body)
    }

    private func signedText(_ number: ChartNumber, style: ValueText.Style) -> String {
        ValueText.text(number, style: style, signed: true)
    }

    /// A step's label: `up to −$25B`, `at least +$100B`, `at least $75B`.
    ///
    /// Symbols when `short`. The bars show their own kind, so a derived step is not marked `≈`.
    private func label(_ step: Step, short: Bool) -> String {
        guard var number = step.number else { return "n/a" }
        number.derived = false
        return ValueText.text(number, style: short ? .short : .label, signed: !step.isTotal)
    }

    func svg(id: String, width: Double, narrow: Bool) -> SVGNode {
        let font = narrow ? 13.0 : 12.0
        let labelFont = 13.0
        let plotTop = 20.0
        let plotHeight = narrow ? 200.0 : 240.0
        let plotBottom = plotTop + plotHeight
        let levels = steps.flatMap { [$0.start, $0.end] }
        let axis = ValueAxis.linear(
            dataMin: levels.min() ?? 0, dataMax: levels.max() ?? 0, includeZero: true, unit: unit,
            length: plotHeight, pxPerTick: 40, fontSize: font, horizontal: false)
        let yScale = LinearScale(d0: axis.lo, d1: axis.hi, r0: plotBottom - 18, r1: plotTop + 18)
        let gutter =
            (axis.ticks.map { TextMeasure.width($0.label, fontSize: font) }.max() ?? 0) + 10
        let band = BandScale(
            count: steps.count, start: gutter + 4, end: width - 4, paddingInner: 0.3,
            paddingOuter: 0.15)
        let wrapped = steps.map {
            TextMeasure.wrap(
                $0.label, maxWidth: band.step - 6, fontSize: labelFont, maxLines: .max)
        }
        let lineCount = wrapped.map { $0.lines.count }.max() ?? 1
        let height = plotBottom + 8 + Double(lineCount) * (labelFont + 2) + 6
        var canvas = ChartCanvas(
            id: id, type: .waterfall, narrow: narrow, width: width, height: height, title: svgTitle,
            desc: desc)
        let grid = horizontalGrid(
            axis: axis, scale: { yScale($0) }, x0: 0, x1: width, fontSize: font)
        canvas.grid = grid.grid
        canvas.axes = [grid.labels]
        var marks: [SVGNode] = []
        var valueLabels: [SVGNode] = []
        var categoryLabels: [SVGNode] = []
        var connectors: [SVGNode] = []
        for (index, step) in steps.enumerated() {
            let x = band.position(index)
            let w = band.bandwidth
            let a = yScale(step.start)
            let b = yScale(step.end)
            if let number = step.number {
                let rising = step.end >= step.start
                let fill =
                    step.isTotal ? "currentColor" : (rising ? Palette.blue : Palette.vermilion)
                var extra: [(name: String, value: String)] =
                    step.isTotal ? [("fill-opacity", "0.8")] : []
                if number.derived, !step.isTotal {
                    extra = Draw.outline(fill)
                }
                let cls = step.isTotal ? "sg-total" : (rising ? "sg-s1 sg-rise" : "sg-s2 sg-fall")
                let tooltip =
                    step.label + ": "
                    + (step.isTotal
                        ? ValueText.text(number, style: .precise)
                        : signedText(number, style: .precise))
                    + (number.derived
                        ? number.working.map { " (derived: \($0))" } ?? " (derived)" : "")
                marks.append(
                    Draw.rect(
                        cls, x: x, y: min(a, b), width: w, height: max(1, abs(b - a)), fill: fill,
                        extra: extra, tooltip: tooltip))
                let above = step.isTotal ? step.end >= 0 : rising
                let ly = above ? min(a, b) - 5 : max(a, b) + labelFont
                // The short form where the full one is wider than the step; a value is never
                // cut, so a short form wider still spills into the gap beside its bar.
                var text = label(step, short: false)
                if TextMeasure.width(text, fontSize: labelFont, bold: true) > band.step - 4 {
                    text = label(step, short: true)
                }
                valueLabels.append(Draw.text(text, x: x + w / 2, y: ly))
            } else {
                valueLabels.append(
                    Draw.text("n/a", x: x + w / 2, y: a - 5, [("fill-opacity", "0.7")]))
            }
            categoryLabels.append(
                Draw.wrappedLabel(
                    wrapped[index], fullText: step.label, x: x + w / 2,
                    y: plotBottom + 8 + labelFont * 0.8, lineHeight: labelFont + 2))
            if index + 1 < steps.count {
                let next = steps[index + 1]
                let level = yScale(step.end)
                if !next.isTotal || next.end == step.end {
                    connectors.append(Draw.line(x + w, level, band.position(index + 1), level))
                }
            }
        }
        canvas.marks = marks
        canvas.labels = [
            Draw.group(
                "sg-labels sg-labels-x", [("text-anchor", "middle"), ("font-size", "13")],
                categoryLabels),
            Draw.numberLabels(
                "sg-labels sg-labels-value", leading: [("text-anchor", "middle")], valueLabels),
        ]
        if !connectors.isEmpty {
            canvas.baseline.append(
                Draw.group(
                    "sg-connectors",
                    [
                        ("stroke", "currentColor"), ("stroke-dasharray", "3 2"),
                        ("stroke-opacity", "0.6"),
                        ("aria-hidden", "true"),
                    ], connectors))
        }
        canvas.baseline.append(Draw.baseline(gutter, yScale(0), width - 4, yScale(0)))
        return canvas.node()
    }
}

/// Whether a `total` cell marks a total column (`total`, `yes`, `true`, or a non-zero number).
func isTruthy(_ cell: ChartCell) -> Bool {
    switch cell {
    case .text(let text): return ["total", "yes", "true", "y", "x"].contains(text.lowercased())
    case .number(let number): return number.value != 0
    case .year: return true
    default: return false
    }
}

import Foundation

/// A time axis over integer years or UTC day numbers (CHARTS.md 2.6).
struct TimeAxis: Sendable {
    /// Domain start (a year, or days since 1970-01-01).
    let lo: Double
    /// Domain end.
    let hi: Double
    /// Ticks, ascending.
    let ticks: [AxisTick]

    /// An axis over whole years, never grouped.
    ///
    /// A tick every 1, 2, 5, 10… years: the smallest step whose labels fit with 8 px gaps.
    static func years(from first: Int, to last: Int, length: Double, fontSize: Double) -> TimeAxis {
        if first == last {
            return TimeAxis(
                lo: Double(first) - 0.5, hi: Double(first) + 0.5,
                ticks: [AxisTick(value: Double(first), label: NumberFormat.year(first))])
        }
        let span = Double(last - first)
        let labelWidth = TextMeasure.width("0000", fontSize: fontSize)
        var chosen = 1
        for step in [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] {
            chosen = step
            if length / span * Double(step) >= labelWidth + 8 { break }
        }
        var ticks: [AxisTick] = []
        var year =
            first % chosen == 0 ? first : first + (chosen - ((first % chosen) + chosen) % chosen)
        while year <= last {
            ticks.append(AxisTick(value: Double(year), label: NumberFormat.year(year)))
            year += chosen
        }
        return TimeAxis(lo: Double(first), hi: Double(last), ticks: ticks)
    }

    /// An axis over UTC day numbers, with ticks on the ladder 1, 3, 6 months, 1, 2, 5, 10 years:
    /// the smallest interval giving at most `length / 80` ticks whose labels fit.
    static func dates(fromDay first: Double, toDay last: Double, length: Double, fontSize: Double)
        -> TimeAxis
    {
        var lo = first
        var hi = last
        if hi - lo < 60 {
            lo -= 45
            hi += 45
        } else {
            let pad = (hi - lo) * 0.03
            lo -= pad
            hi += pad
        }
        let maxTicks = max(2, Int(length / 80))
        let (y0, m0) = civilMonth(fromDay: lo)
        let (y1, m1) = civilMonth(fromDay: hi)
        let firstIndex = y0 * 12 + (m0 - 1)
        let lastIndex = y1 * 12 + (m1 - 1)
        var best: [AxisTick] = []
        for months in [1, 3, 6, 12, 24, 60, 120, 240, 600] {
            var ticks: [AxisTick] = []
            var index = firstIndex
            while index <= lastIndex + 1 {
                let year = Int((Double(index) / 12).rounded(.down))
                let month = index - year * 12 + 1
                let onStep =
                    months < 12
                    ? (index % months + months) % months == 0
                    : month == 1 && (year % (months / 12) + months / 12) % (months / 12) == 0
                let day = Double(daysFromCivil(year: year, month: month, day: 1))
                if onStep, day >= lo, day <= hi {
                    let label =
                        month == 1
                        ? NumberFormat.year(year)
                        : (ticks.isEmpty
                            ? monthNames[month - 1] + " " + NumberFormat.year(year)
                            : monthNames[month - 1])
                    ticks.append(AxisTick(value: day, label: label))
                }
                index += 1
            }
            best = ticks
            guard ticks.count <= maxTicks else { continue }
            let spacing =
                ticks.count > 1 ? length / (hi - lo) * (ticks[1].value - ticks[0].value) : length
            let widest = ticks.map { TextMeasure.width($0.label, fontSize: fontSize) }.max() ?? 0
            if widest + 8 <= spacing { break }
        }
        return TimeAxis(lo: lo, hi: hi, ticks: best)
    }
}

/// The year and month (1…12) containing a UTC day number.
func civilMonth(fromDay day: Double) -> (Int, Int) {
    let z = Int(day.rounded(.down)) + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month)
}

/// Left-edge value-axis labels sitting just above each horizontal gridline (Economist style).
func horizontalGrid(
    axis: ValueAxis, scale: (Double) -> Double, x0: Double, x1: Double, fontSize: Double
)
    -> (grid: [SVGNode], labels: SVGNode)
{
    let grid = axis.ticks.map { Draw.line(x0, scale($0.value), x1, scale($0.value)) }
    let labels = Draw.group(
        "sg-axis sg-axis-y",
        [
            ("aria-hidden", "true"), ("font-size", svgNumber(fontSize)),
            ("style", "font-variant-numeric:tabular-nums"),
        ],
        axis.ticks.map { Draw.text($0.label, x: x0, y: scale($0.value) - 4) })
    return (grid, labels)
}

/// Bottom x-axis labels centred on their ticks, kept inside `[minX, maxX]`.
func bottomAxis(
    ticks: [AxisTick], scale: (Double) -> Double, y: Double, fontSize: Double, minX: Double,
    maxX: Double
) -> SVGNode {
    var nodes: [SVGNode] = []
    for tick in ticks {
        let x = scale(tick.value)
        let w = TextMeasure.width(tick.label, fontSize: fontSize)
        if x - w / 2 < minX {
            nodes.append(
                Draw.text(tick.label, x: max(minX, x - w / 2), y: y, [("text-anchor", "start")]))
        } else if x + w / 2 > maxX {
            nodes.append(
                Draw.text(tick.label, x: min(maxX, x + w / 2), y: y, [("text-anchor", "end")]))
        } else {
            nodes.append(Draw.text(tick.label, x: x, y: y))
        }
    }
    return Draw.group(
        "sg-axis sg-axis-x",
        [
            ("text-anchor", "middle"), ("aria-hidden", "true"), ("font-size", svgNumber(fontSize)),
            ("style", "font-variant-numeric:tabular-nums"),
        ], nodes)
}

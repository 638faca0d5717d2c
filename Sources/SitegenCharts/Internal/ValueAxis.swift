import Foundation
import SitegenSupport

/// One labelled tick.
struct AxisTick: Sendable {
    /// The value.
    let value: Double
    /// The formatted label.
    let label: String
}

/// A quantitative axis: a niced domain and its labelled ticks (CHARTS.md 2.2–2.4).
struct ValueAxis: Sendable {
    /// Domain start.
    let lo: Double
    /// Domain end.
    let hi: Double
    /// Ticks, ascending.
    let ticks: [AxisTick]
    /// Whether the axis is log10.
    let isLog: Bool

    /// A linear axis over the data, with zero included when `includeZero`.
    ///
    /// The tick count comes from pixels (`length / pxPerTick`, clamped to 2…10), the domain is
    /// niced with the 25 % growth guard, and for horizontal axes the count is halved until the
    /// labels fit with 8 px gaps.
    static func linear(
        dataMin: Double, dataMax: Double, includeZero: Bool, unit: ChartUnit,
        length: Double, pxPerTick: Double, fontSize: Double, horizontal: Bool
    ) -> ValueAxis {
        var lo = dataMin.isFinite ? dataMin : 0
        var hi = dataMax.isFinite ? dataMax : 0
        if includeZero {
            lo = min(lo, 0)
            hi = max(hi, 0)
        }
        if NiceTicks.isDegenerate(lo, hi) {
            let v = hi
            if includeZero {
                (lo, hi) = v == 0 ? (0, 1) : (min(0, v), max(0, v))
            } else {
                (lo, hi) = v == 0 ? (-1, 1) : (v - abs(v) * 0.1, v + abs(v) * 0.1)
            }
        }
        var count = max(2, min(10, Int((length / pxPerTick).rounded(.down))))
        while true {
            let (domain, used) = NiceTicks.guardedNiceDomain(lo, hi, count: count)
            guard let run = NiceTicks.run(domain.lo, domain.hi, count: Double(used)) else {
                return ValueAxis(lo: lo, hi: hi, ticks: [], isLog: false)
            }
            let labels = axisLabels(run: run, unit: unit)
            let values = run.values
            let ticks = zip(values, labels).map { AxisTick(value: $0, label: $1) }
            if horizontal, count > 1, values.count > 1 {
                let spacing = length / (domain.hi - domain.lo) * (values[1] - values[0])
                let widest = labels.map { TextMeasure.width($0, fontSize: fontSize) }.max() ?? 0
                if widest + 8 > spacing {
                    count /= 2
                    continue
                }
            }
            return ValueAxis(lo: domain.lo, hi: domain.hi, ticks: ticks, isLog: false)
        }
    }

    /// A log10 axis with ticks at 1, 2 and 5 × 10^k (fewer when crowded).
    static func log(
        dataMin: Double, dataMax: Double, unit: ChartUnit, length: Double, pxPerTick: Double
    )
        -> ValueAxis
    {
        let p0 = Int(log10(max(dataMin, 1e-300)).rounded(.down))
        let p1 = max(p0 + 1, Int(log10(max(dataMax, 1e-300)).rounded(.up)))
        let capacity = max(2, Int(length / pxPerTick))
        var factors = [1, 2, 5]
        if (p1 - p0) * 3 + 1 > capacity { factors = [1, 3] }
        if (p1 - p0) * 2 + 1 > capacity { factors = [1] }
        var ticks: [AxisTick] = []
        for power in p0...p1 {
            for factor in factors where !(power == p1 && factor > 1) {
                let exact = ExactDecimal(significand: factor, exponent: power)
                ticks.append(
                    AxisTick(value: exact.doubleValue, label: compactLabel(exact, unit: unit)))
            }
        }
        return ValueAxis(lo: powerOfTen(p0), hi: powerOfTen(p1), ticks: ticks, isLog: true)
    }

    /// Labels for a linear tick run in one unit and one decimal count.
    static func axisLabels(run: TickRun, unit: ChartUnit) -> [String] {
        let exact = run.exactValues
        let power = run.step.power
        switch unit {
        case .money(let currency):
            return NumberFormat.moneyAxis(exact, stepPower: power, currency: currency)
        case .percent:
            return NumberFormat.percentAxis(exact, stepPower: power)
        case .multiple:
            return NumberFormat.plainAxis(exact, stepPower: power, grouped: true, suffix: "×")
        case .years:
            return NumberFormat.plainAxis(exact, stepPower: power, grouped: true, suffix: " yrs")
        case .count, .plain:
            return NumberFormat.plainAxis(exact, stepPower: power, grouped: true, suffix: "")
        }
    }

    /// A compact label for one value (log ticks, bubble keys), by the shared formatter.
    static func compactLabel(_ value: ExactDecimal, unit: ChartUnit) -> String {
        QuantityText.text(.point(value), unit: ValueText.quantityUnit(unit), variant: .short)
    }
}

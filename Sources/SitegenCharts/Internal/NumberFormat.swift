import Foundation
import SitegenSupport

/// Axis tick labels (CHARTS.md 2.8), in exact decimal arithmetic.
///
/// Each axis has one unit and one decimal count. Values of the data are written by
/// ``QuantityText``, as prose is.
///
/// Never uses Foundation formatters, `String(format:)` or `Double` interpolation.
enum NumberFormat {
    /// The true minus sign, U+2212.
    static let minus = "\u{2212}"

    private static let suffixes: [(exponent: Int, suffix: String)] = [
        (12, "T"), (9, "B"), (6, "M"), (3, "K"),
    ]

    /// The largest K/M/B/T exponent not above |value| (0 below 1,000).
    static func unitExponent(of value: ExactDecimal) -> Int {
        guard let e = value.decimalExponent, e >= 3 else { return 0 }
        return min(12, (e / 3) * 3)
    }

    private static func suffix(for exponent: Int) -> String {
        suffixes.first(where: { $0.exponent == exponent })?.suffix ?? ""
    }

    private static func signed(_ negative: Bool) -> String { negative ? minus : "" }

    /// Axis labels for money ticks: one unit (from the largest |tick|) and one decimal count
    /// (from the step), for example `$0 $0.5T $1.0T`.
    static func moneyAxis(_ ticks: [ExactDecimal], stepPower: Int, currency: String)
        -> [String]
    {
        let largest = ticks.map(\.magnitude).reduce(ExactDecimal.zero) {
            $0.magnitudeIsLess(than: $1) ? $1 : $0
        }
        let exponent = unitExponent(of: largest)
        let places = max(0, exponent - stepPower)
        return ticks.map { tick in
            if tick.isZero { return QuantityText.currencyPrefix(currency) + "0" }
            let m = tick.magnitude.shifted(by: -exponent).rounded(toPlaces: places)
                .padded(toPlaces: places)
            return signed(tick.isNegative && !m.isZero) + QuantityText.currencyPrefix(currency)
                + m.unsignedText(grouped: true) + suffix(for: exponent)
        }
    }

    /// Plain axis labels with one decimal count from the step, grouped (`1,000`), or ungrouped
    /// for calendar years.
    static func plainAxis(_ ticks: [ExactDecimal], stepPower: Int, grouped: Bool, suffix: String)
        -> [String]
    {
        let places = max(0, -stepPower)
        return ticks.map { tick in
            let m = tick.magnitude.rounded(toPlaces: places).padded(toPlaces: places)
            return signed(tick.isNegative && !m.isZero) + m.unsignedText(grouped: grouped) + suffix
        }
    }

    /// Percent axis labels from fraction ticks: decimals `max(0, −p − 2)`.
    static func percentAxis(_ ticks: [ExactDecimal], stepPower: Int) -> [String] {
        let places = max(0, -stepPower - 2)
        return ticks.map { tick in
            let m = tick.magnitude.shifted(by: 2).rounded(toPlaces: places).padded(toPlaces: places)
            return signed(tick.isNegative && !m.isZero) + m.unsignedText(grouped: true) + "%"
        }
    }

    /// A calendar year, never grouped.
    static func year(_ year: Int) -> String {
        year < 0 ? minus + String(year.magnitude) : String(year)
    }
}

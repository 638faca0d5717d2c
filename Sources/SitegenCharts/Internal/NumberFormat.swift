import Foundation

/// Number formats for chart text (CHARTS.md 2.8), all in exact decimal arithmetic.
///
/// Never uses Foundation formatters, `String(format:)` or `Double` interpolation.
enum NumberFormat {
    /// The true minus sign, U+2212.
    static let minus = "\u{2212}"

    /// The symbol written before an amount in `currency` (an ISO 4217 code).
    static func currencyPrefix(_ currency: String) -> String {
        switch currency.uppercased() {
        case "USD": return "$"
        case "EUR": return "€"
        case "GBP": return "£"
        case "JPY": return "¥"
        default: return currency.uppercased() + "\u{00A0}"
        }
    }

    private static let suffixes: [(exponent: Int, suffix: String, word: String)] = [
        (12, "T", "trillion"), (9, "B", "billion"), (6, "M", "million"), (3, "K", "thousand"),
    ]

    /// The largest K/M/B/T exponent not above |value| (0 below 1,000).
    static func unitExponent(of value: ExactDecimal) -> Int {
        guard let e = value.decimalExponent, e >= 3 else { return 0 }
        return min(12, (e / 3) * 3)
    }

    private static func suffix(for exponent: Int, words: Bool) -> String {
        guard let entry = suffixes.first(where: { $0.exponent == exponent }) else { return "" }
        return words ? " " + entry.word : entry.suffix
    }

    /// Compact money to 3 significant digits, e.g. `$25B`, `$1.5T`, `−$5B`, `$950`.
    ///
    /// With `words`, the unit is spelled out for screen readers (`$25 billion`).
    static func compactMoney(_ value: ExactDecimal, currency: String, words: Bool = false)
        -> String
    {
        let (mantissa, exponent) = compactMantissa(value.magnitude, significant: 3)
        return signed(value.isNegative && !mantissa.isZero)
            + currencyPrefix(currency) + mantissa.unsignedText(grouped: true)
            + suffix(for: exponent, words: words)
    }

    /// Money in compact units with every significant digit kept (e.g. `$13.75B`), for tables
    /// and tooltips.
    static func preciseMoney(_ value: ExactDecimal, currency: String) -> String {
        let exponent = unitExponent(of: value.magnitude)
        let mantissa = value.magnitude.shifted(by: -exponent).trimmed
        return signed(value.isNegative && !mantissa.isZero) + currencyPrefix(currency)
            + mantissa.unsignedText(grouped: true) + suffix(for: exponent, words: false)
    }

    /// Rounds |value| to `significant` digits (at most 2 decimals) in the largest fitting unit,
    /// moving up a unit when rounding reaches 1,000.
    static func compactMantissa(_ magnitude: ExactDecimal, significant: Int)
        -> (ExactDecimal, Int)
    {
        var exponent = unitExponent(of: magnitude)
        while true {
            let m = magnitude.shifted(by: -exponent)
            let places = exponent == 0 ? 0 : max(0, min(2, significant - m.integerDigits.count))
            let rounded = m.rounded(toPlaces: places).trimmed
            if rounded.integerDigits.count >= 4, exponent < 12 {
                exponent = exponent == 0 ? 3 : exponent + 3
                continue
            }
            return (rounded, exponent)
        }
    }

    private static func signed(_ negative: Bool) -> String { negative ? minus : "" }

    /// Axis labels for money ticks: one unit (from the largest |tick|) and one decimal count
    /// (from the step), e.g. `$0 $0.5T $1.0T`.
    static func moneyAxis(_ ticks: [ExactDecimal], stepPower: Int, currency: String)
        -> [String]
    {
        let largest = ticks.map(\.magnitude).reduce(ExactDecimal.zero) {
            $0.magnitudeIsLess(than: $1) ? $1 : $0
        }
        let exponent = unitExponent(of: largest)
        let places = max(0, exponent - stepPower)
        return ticks.map { tick in
            if tick.isZero { return currencyPrefix(currency) + "0" }
            let m = tick.magnitude.shifted(by: -exponent).rounded(toPlaces: places)
                .padded(toPlaces: places)
            return signed(tick.isNegative && !m.isZero) + currencyPrefix(currency)
                + m.unsignedText(grouped: true) + suffix(for: exponent, words: false)
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

    /// A percent data label from a fraction: up to 1 decimal, `<0.1%` for tiny non-zero values.
    static func percent(_ fraction: ExactDecimal) -> String {
        let m = fraction.magnitude.shifted(by: 2).rounded(toPlaces: 1).trimmed
        if m.isZero, !fraction.isZero { return fraction.isNegative ? ">" + minus + "0.1%" : "<0.1%" }
        return signed(fraction.isNegative && !m.isZero) + m.unsignedText(grouped: true) + "%"
    }

    /// A multiple with U+00D7, e.g. `4×`, `4.5×`.
    static func multiple(_ value: ExactDecimal) -> String {
        let places = (value.magnitude.decimalExponent ?? 0) >= 2 ? 0 : 1
        let m = value.magnitude.rounded(toPlaces: places).trimmed
        return signed(value.isNegative && !m.isZero) + m.unsignedText(grouped: true) + "×"
    }

    /// A duration in years, e.g. `10 yrs`, `1 yr`.
    static func years(_ value: ExactDecimal) -> String {
        let m = value.magnitude.rounded(toPlaces: 1).trimmed
        let unit = (m.unsignedText(grouped: false) == "1") ? " yr" : " yrs"
        return signed(value.isNegative && !m.isZero) + m.unsignedText(grouped: true) + unit
    }

    /// A count or plain number with grouping and up to 2 decimals, e.g. `1,234`.
    static func count(_ value: ExactDecimal) -> String {
        let m = value.magnitude.rounded(toPlaces: 2).trimmed
        return signed(value.isNegative && !m.isZero) + m.unsignedText(grouped: true)
    }

    /// A calendar year, never grouped.
    static func year(_ year: Int) -> String {
        year < 0 ? minus + String(year.magnitude) : String(year)
    }
}

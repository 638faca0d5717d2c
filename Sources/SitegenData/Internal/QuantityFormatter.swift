import Foundation

/// Writes bounds in a unit and variant.
///
/// Numbers keep 3 significant digits with trailing zeros trimmed; a single value rounds half away
/// from zero, a floor rounds toward zero and a ceiling away from zero, so a rounded bound never
/// claims more than is known.
package enum QuantityFormatter {
    static let significantDigits = 3

    package static func text(_ bounds: Bounds, unit: FigureUnit, variant: FigureVariant) -> String {
        if variant == .number, let value = bounds.representative {
            return bareNumber(value, unit: unit)
        }
        let short = variant == .short
        let about = bounds.approximate
        switch bounds.shape {
        case .point(let value):
            let number = attached(value, unit: unit, variant: variant, rounding: .halfAwayFromZero)
            let prefix = about ? (short ? "~" : "about ") : ""
            return prefix + number
                + trailing(unit: unit, variant: variant, singular: value == 1 && !about)
        case .upTo(let value):
            let number = attached(value, unit: unit, variant: variant, rounding: .awayFromZero)
            let prefix = short ? (about ? "≤~" : "≤") : (about ? "up to about " : "up to ")
            return prefix + number + trailing(unit: unit, variant: variant, singular: false)
        case .atLeast(let value):
            let number = attached(value, unit: unit, variant: variant, rounding: .towardZero)
            let prefix = short ? (about ? "≥~" : "≥") : (about ? "at least about " : "at least ")
            return prefix + number + trailing(unit: unit, variant: variant, singular: false)
        case .between(let low, let high):
            let lowText = attached(low, unit: unit, variant: variant, rounding: .towardZero)
            let highText = attached(high, unit: unit, variant: variant, rounding: .awayFromZero)
            let suffix = trailing(unit: unit, variant: variant, singular: false)
            if lowText == highText { return (short ? "~" : "about ") + lowText + suffix }
            let prefix = about ? (short ? "~" : "about ") : ""
            return prefix + lowText + (short ? "–" : " to ") + highText + suffix
        case .unknown:
            return ""
        }
    }

    /// The value for a `<data value="...">` attribute: plain digits rounded half away from zero
    /// to 6 decimal places; `lower..upper` with an empty side for a missing bound.
    package static func machineValue(_ bounds: Bounds) -> String {
        func plain(_ value: Decimal) -> String {
            DecimalText.plain(DecimalText.rounded(value, scale: 6, rounding: .halfAwayFromZero))
        }
        switch bounds.shape {
        case .point(let value): return plain(value)
        case .upTo(let value): return ".." + plain(value)
        case .atLeast(let value): return plain(value) + ".."
        case .between(let low, let high): return plain(low) + ".." + plain(high)
        case .unknown: return ""
        }
    }

    /// The number with the symbols that stick to it: currency and scale, `×`, `%`.
    static func attached(
        _ value: Decimal, unit: FigureUnit, variant: FigureVariant, rounding: DecimalText.Rounding
    ) -> String {
        let long = variant == .long
        switch unit {
        case .money(let currency), .moneyPerYear(let currency):
            return money(value, currency: currency, long: long, rounding: rounding)
        case .multiple:
            return significant(value, rounding: rounding) + (long ? "" : "×")
        case .share:
            return significant(value * 100, rounding: rounding) + (long ? "" : "%")
        case .years, .count:
            return significant(value, rounding: rounding)
        }
    }

    /// The words that follow the whole expression: ` a year`, `/yr`, ` years`, ` times`.
    static func trailing(unit: FigureUnit, variant: FigureVariant, singular: Bool) -> String {
        let short = variant == .short
        switch unit {
        case .moneyPerYear: return short ? "/yr" : " a year"
        case .years: return short ? " yr" : (singular ? " year" : " years")
        case .multiple: return variant == .long ? (singular ? " time" : " times") : ""
        case .share: return variant == .long ? " percent" : ""
        case .money, .count: return ""
        }
    }

    private static let scales: [(exponent: Int, short: String, long: String)] = [
        (12, "T", " trillion"), (9, "B", " billion"), (6, "M", " million"), (3, "K", " thousand"),
    ]

    private static let symbols = ["USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"]

    /// `$25B`, `$1.5T`, `€8B`, `CHF 8B`; long: `$25 billion`.
    static func money(
        _ value: Decimal, currency: String, long: Bool, rounding: DecimalText.Rounding
    )
        -> String
    {
        let sign = value < 0 ? "\u{2212}" : ""
        let magnitude = value < 0 ? -value : value
        let symbol = symbols[currency] ?? currency + " "
        var scaleIndex = scales.firstIndex { magnitude >= DecimalText.power($0.exponent) }
        var scaled =
            scaleIndex.map { DecimalText.shifted(magnitude, by: -scales[$0].exponent) } ?? magnitude
        var rounded = DecimalText.roundedToSignificant(
            scaled, digits: significantDigits, rounding: rounding)
        if rounded >= 1000 {
            let next = scaleIndex.map { $0 - 1 } ?? scales.count - 1
            if next >= 0 {
                scaleIndex = next
                scaled = DecimalText.shifted(magnitude, by: -scales[next].exponent)
                rounded = DecimalText.roundedToSignificant(
                    scaled, digits: significantDigits, rounding: rounding)
            }
        }
        let suffix = scaleIndex.map { long ? scales[$0].long : scales[$0].short } ?? ""
        return sign + symbol + DecimalText.grouped(rounded) + suffix
    }

    /// A number rounded to 3 significant digits, grouped by commas; U+2212 for minus.
    static func significant(_ value: Decimal, rounding: DecimalText.Rounding) -> String {
        DecimalText.grouped(
            DecimalText.roundedToSignificant(value, digits: significantDigits, rounding: rounding))
    }

    /// The `number` variant: whole numbers in full, smaller ones to 3 significant digits;
    /// shares as a percentage number (`12.5`).
    static func bareNumber(_ value: Decimal, unit: FigureUnit) -> String {
        let scaled = unit == .share ? value * 100 : value
        let magnitude = DecimalText.magnitude(scaled)
        let rounded =
            magnitude >= significantDigits - 1
            ? DecimalText.rounded(scaled, scale: 0, rounding: .halfAwayFromZero)
            : DecimalText.roundedToSignificant(
                scaled, digits: significantDigits, rounding: .halfAwayFromZero)
        return DecimalText.grouped(rounded)
    }
}

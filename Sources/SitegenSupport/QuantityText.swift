/// The one way sitegen writes a quantity, wherever it shows one: inline figures, key
/// figures, chart labels, titles and descriptions, tooltips, tables and the feed.
///
/// Numbers keep 3 significant digits, trailing zeros trimmed. A rounded number never claims
/// more than is known: a stated amount rounds half away from zero, a floor ("at least") rounds
/// down and a ceiling ("up to") rounds up, so "at least $12.46B" reads "at least $12.4B" and
/// "up to $12.41B" reads "up to $12.5B". Each qualifier has one wording per variant.
public enum QuantityText {
    /// What a quantity measures.
    public enum Unit: Sendable, Equatable {
        /// Money in whole units of an ISO 4217 currency (`$25B`).
        case money(currency: String)
        /// A ratio (`4×`).
        case multiple
        /// A fraction shown as a percentage (`0.125` is `12.5%`).
        case share
        /// A duration in years.
        case years
        /// A plain count or number.
        case count
    }

    /// How much room the text has.
    public enum Variant: Sendable, Equatable {
        /// Words for qualifiers, symbols for units: `up to $25B`, `about $4B a year`.
        case standard
        /// Symbols throughout, for tight places: `≤$25B`, `~$4B/yr`.
        case short
        /// Everything in words, for reading aloud: `up to $25 billion a year`.
        case long
    }

    /// What is known of an amount.
    public enum Amount: Sendable, Equatable {
        /// The amount itself.
        case point(ExactDecimal)
        /// A ceiling: the amount is this or less.
        case upTo(ExactDecimal)
        /// A floor: the amount is this or more.
        case atLeast(ExactDecimal)
        /// A range from the first to the second.
        case between(ExactDecimal, ExactDecimal)
    }

    /// How many significant digits a shown number keeps.
    public static let significantDigits = 3

    /// The text of `amount` in `unit`: its qualifier, number and unit words, `about` (or `~`)
    /// when `approximate`, and `a year` (or `/yr`) when `perYear`.
    ///
    /// With `signed`, a rise is marked `+` after its qualifier (`at least +$100B`), as a
    /// waterfall's steps are.
    public static func text(
        _ amount: Amount, unit: Unit, approximate: Bool = false, perYear: Bool = false,
        variant: Variant = .standard, signed: Bool = false
    ) -> String {
        let short = variant == .short
        func attached(_ value: ExactDecimal, rounding: Direction) -> String {
            let plus = signed && !value.isNegative && !value.isZero ? "+" : ""
            return plus + Self.attached(value, unit: unit, variant: variant, rounding: rounding)
        }
        let about = approximate
        let rate = perYear ? (short ? "/yr" : " a year") : ""
        switch amount {
        case .point(let value):
            let number = attached(value, rounding: .nearest)
            let prefix = about ? (short ? "~" : "about ") : ""
            let singular = !about && !perYear && value == ExactDecimal(significand: 1, exponent: 0)
            return prefix + number + trailing(unit, variant: variant, singular: singular) + rate
        case .upTo(let value):
            let number = attached(value, rounding: .up)
            let prefix = short ? (about ? "≤~" : "≤") : (about ? "up to about " : "up to ")
            return prefix + number + trailing(unit, variant: variant, singular: false) + rate
        case .atLeast(let value):
            let number = attached(value, rounding: .down)
            let prefix = short ? (about ? "≥~" : "≥") : (about ? "at least about " : "at least ")
            return prefix + number + trailing(unit, variant: variant, singular: false) + rate
        case .between(let low, let high):
            let lowText = attached(low, rounding: .down)
            let highText = attached(high, rounding: .up)
            let suffix = trailing(unit, variant: variant, singular: false) + rate
            if lowText == highText { return (short ? "~" : "about ") + lowText + suffix }
            let prefix = about ? (short ? "~" : "about ") : ""
            return prefix + lowText + (short ? "–" : " to ") + highText + suffix
        }
    }

    /// The value for a `<data value="...">` attribute, the same wherever the amount is shown:
    /// plain digits rounded half away from zero to 6 decimal places, `-` for minus; a bound
    /// as `lower..upper`, with an empty side for a missing one (`..25000000000`).
    public static func machineValue(_ amount: Amount) -> String {
        func plain(_ value: ExactDecimal) -> String {
            let rounded = value.rounded(toPlaces: 6).trimmed
            return (rounded.isNegative ? "-" : "") + rounded.unsignedText(grouped: false)
        }
        switch amount {
        case .point(let value): return plain(value)
        case .upTo(let value): return ".." + plain(value)
        case .atLeast(let value): return plain(value) + ".."
        case .between(let low, let high): return plain(low) + ".." + plain(high)
        }
    }

    /// Which way a shown number may move from the true one.
    public enum Direction: Sendable {
        /// Half away from zero: a stated amount.
        case nearest
        /// Never above the true number: a floor.
        case down
        /// Never below the true number: a ceiling.
        case up

        /// The digit rule that moves `value` this way.
        func rule(for value: ExactDecimal) -> ExactDecimal.Rounding {
            switch self {
            case .nearest: return .halfAwayFromZero
            case .down: return value.isNegative ? .awayFromZero : .towardZero
            case .up: return value.isNegative ? .towardZero : .awayFromZero
            }
        }
    }

    /// The number with the symbols that stick to it (currency and scale, `×`, `%`), rounded
    /// `rounding`'s way to ``significantDigits``.
    public static func attached(
        _ value: ExactDecimal, unit: Unit, variant: Variant = .standard,
        rounding: Direction = .nearest
    ) -> String {
        let long = variant == .long
        switch unit {
        case .money(let currency):
            return money(value, currency: currency, long: long, rounding: rounding)
        case .multiple:
            return significant(value, rounding: rounding) + (long ? "" : "×")
        case .share:
            return percent(value, long: long, rounding: rounding)
        case .years, .count:
            return significant(value, rounding: rounding)
        }
    }

    /// The words that follow the whole expression: ` years`, ` yr`, ` times`, ` percent`.
    static func trailing(_ unit: Unit, variant: Variant, singular: Bool) -> String {
        switch unit {
        case .years: return variant == .short ? " yr" : (singular ? " year" : " years")
        case .multiple: return variant == .long ? (singular ? " time" : " times") : ""
        case .share: return variant == .long ? " percent" : ""
        case .money, .count: return ""
        }
    }

    private static let scales: [(exponent: Int, short: String, long: String)] = [
        (12, "T", " trillion"), (9, "B", " billion"), (6, "M", " million"), (3, "K", " thousand"),
    ]

    /// The symbol written before an amount in `currency`; other codes are followed by a
    /// no-break space (`CHF 8B`).
    public static func currencyPrefix(_ currency: String) -> String {
        switch currency.uppercased() {
        case "USD": return "$"
        case "EUR": return "€"
        case "GBP": return "£"
        case "JPY": return "¥"
        default: return currency.uppercased() + "\u{00A0}"
        }
    }

    /// `$25B`, `$1.5T`, `−$5B`, `$950`; long: `$25 billion` (CHARTS.md 2.8).
    ///
    /// The largest unit not above the amount, 3 significant digits with at most 2 decimals;
    /// whole units under 1,000 and from a thousand trillion on (`$1,234T`). A mantissa that
    /// rounds to 1,000 moves up a unit: `$999.95B` is `$1T`.
    static func money(_ value: ExactDecimal, currency: String, long: Bool, rounding: Direction)
        -> String
    {
        let rule = rounding.rule(for: value)
        let magnitude = value.magnitude
        let exponent = magnitude.decimalExponent ?? 0
        var scaleIndex = scales.firstIndex { exponent >= $0.exponent }
        func rounded(_ index: Int?) -> ExactDecimal {
            guard let index else { return magnitude.rounded(toPlaces: 0, rule) }
            let scaled = magnitude.shifted(by: -scales[index].exponent)
            let whole = scaled.integerDigits.count
            return scaled.rounded(toPlaces: max(0, min(2, significantDigits - whole)), rule)
                .trimmed
        }
        var number = rounded(scaleIndex)
        if number.integerDigits.count >= 4, scaleIndex != 0 {
            scaleIndex = scaleIndex.map { $0 - 1 } ?? scales.count - 1
            number = rounded(scaleIndex)
        }
        let sign = value.isNegative && !number.isZero ? "\u{2212}" : ""
        let suffix = scaleIndex.map { long ? scales[$0].long : scales[$0].short } ?? ""
        return sign + currencyPrefix(currency) + number.unsignedText(grouped: true) + suffix
    }

    /// A fraction as a percentage with up to 1 decimal (`12.5%`); a non-zero share that
    /// rounds to nothing is `<0.1%` (or `>−0.1%`), never `0%`.
    static func percent(_ fraction: ExactDecimal, long: Bool, rounding: Direction) -> String {
        let number = fraction.shifted(by: 2).rounded(toPlaces: 1, rounding.rule(for: fraction))
            .trimmed
        if number.isZero, !fraction.isZero {
            return (fraction.isNegative ? ">\u{2212}" : "<") + "0.1" + (long ? "" : "%")
        }
        return (fraction.isNegative && !number.isZero ? "\u{2212}" : "")
            + number.unsignedText(grouped: true) + (long ? "" : "%")
    }

    /// A number rounded to ``significantDigits``, grouped by commas; U+2212 for minus.
    static func significant(_ value: ExactDecimal, rounding: Direction) -> String {
        let number = value.rounded(toSignificant: significantDigits, rounding.rule(for: value))
            .trimmed
        return (value.isNegative && !number.isZero ? "\u{2212}" : "")
            + number.unsignedText(grouped: true)
    }
}

/// An exact decimal number held as a sign, a digit string and a scale.
///
/// Every user-visible number is formatted from this type (``QuantityText``), so rounding is
/// exact decimal rounding on every platform and never depends on `Double` or Foundation.
public struct ExactDecimal: Sendable, Equatable {
    /// Whether the number is below zero; never set for zero.
    public private(set) var isNegative: Bool
    /// Decimal digits, most significant first, without leading zeros (zero is `[0]`).
    public private(set) var digits: [UInt8]
    /// How many of `digits` lie after the decimal point.
    public private(set) var scale: Int

    /// Creates a number from raw parts, normalising leading zeros and negative zero.
    public init(isNegative: Bool, digits: [UInt8], scale: Int) {
        var d = digits.isEmpty ? [0] : digits
        var s = scale
        if s < 0 {
            d.append(contentsOf: repeatElement(0, count: -s))
            s = 0
        }
        if d.count < s + 1 { d.insert(contentsOf: repeatElement(0, count: s + 1 - d.count), at: 0) }
        while d.count > s + 1, d.first == 0 { d.removeFirst() }
        self.digits = d
        self.scale = s
        self.isNegative = isNegative && d.contains { $0 != 0 }
    }

    /// Creates `significand × 10^exponent` exactly.
    public init(significand: Int, exponent: Int) {
        let magnitude = significand.magnitude
        let text = String(magnitude)
        let digits = text.utf8.map { $0 - 48 }
        self.init(isNegative: significand < 0, digits: digits, scale: -exponent)
    }

    /// Parses `-?digits(.digits)?`; returns nil for anything else.
    public init?(parsing text: String) {
        var negative = false
        var intPart: [UInt8] = []
        var fracPart: [UInt8] = []
        var seenPoint = false
        for (offset, byte) in text.utf8.enumerated() {
            if offset == 0, byte == UInt8(ascii: "-") { negative = true; continue }
            if byte == UInt8(ascii: "."), !seenPoint { seenPoint = true; continue }
            guard byte >= 48, byte <= 57 else { return nil }
            if seenPoint { fracPart.append(byte - 48) } else { intPart.append(byte - 48) }
        }
        if intPart.isEmpty, fracPart.isEmpty { return nil }
        self.init(isNegative: negative, digits: intPart + fracPart, scale: fracPart.count)
    }

    /// Zero.
    public static let zero = ExactDecimal(isNegative: false, digits: [0], scale: 0)

    /// Whether every digit is zero.
    public var isZero: Bool { !digits.contains { $0 != 0 } }

    /// The absolute value.
    public var magnitude: ExactDecimal {
        ExactDecimal(isNegative: false, digits: digits, scale: scale)
    }

    /// The same number with the opposite sign.
    public var negated: ExactDecimal {
        ExactDecimal(isNegative: !isNegative, digits: digits, scale: scale)
    }

    /// Digits before the decimal point, with at least one.
    public var integerDigits: [UInt8] { Array(digits.prefix(digits.count - scale)) }

    /// Digits after the decimal point.
    public var fractionDigits: [UInt8] { Array(digits.suffix(scale)) }

    /// `floor(log10(|self|))`, or nil for zero.
    public var decimalExponent: Int? {
        guard let first = digits.firstIndex(where: { $0 != 0 }) else { return nil }
        return (digits.count - scale - 1) - first
    }

    /// The number multiplied by `10^power`, exactly.
    public func shifted(by power: Int) -> ExactDecimal {
        ExactDecimal(isNegative: isNegative, digits: digits, scale: scale - power)
    }

    /// How a number is rounded for display.
    public enum Rounding: Sendable {
        /// Half away from zero (`13.75` to `13.8`): a stated amount.
        case halfAwayFromZero
        /// Toward zero (`12.46` to `12.4`): a floor, which must never read as more.
        case towardZero
        /// Away from zero (`12.41` to `12.5`): a ceiling, which must never read as less.
        case awayFromZero
    }

    /// The number rounded to `places` decimals (places ≥ 0), half away from zero unless
    /// `rule` says otherwise.
    public func rounded(toPlaces places: Int, _ rule: Rounding = .halfAwayFromZero)
        -> ExactDecimal
    {
        let places = max(0, places)
        if places >= scale { return self }
        let keep = digits.count - (scale - places)
        var kept = Array(digits.prefix(keep))
        let dropped = digits[keep...]
        let up: Bool
        switch rule {
        case .halfAwayFromZero: up = digits[keep] >= 5
        case .towardZero: up = false
        case .awayFromZero: up = dropped.contains { $0 != 0 }
        }
        if up {
            var index = kept.count - 1
            var carry = true
            while carry, index >= 0 {
                if kept[index] == 9 {
                    kept[index] = 0
                    index -= 1
                } else {
                    kept[index] += 1
                    carry = false
                }
            }
            if carry { kept.insert(1, at: 0) }
        }
        return ExactDecimal(isNegative: isNegative, digits: kept, scale: places)
    }

    /// The number rounded to `count` significant digits by `rule` (`12,345` to 3 digits is
    /// `12,300`, or `12,400` away from zero).
    public func rounded(toSignificant count: Int, _ rule: Rounding) -> ExactDecimal {
        guard let exponent = decimalExponent else { return self }
        let places = count - 1 - exponent
        if places >= 0 { return rounded(toPlaces: places, rule) }
        return shifted(by: places).rounded(toPlaces: 0, rule).shifted(by: -places)
    }

    /// The number with trailing fractional zeros removed.
    public var trimmed: ExactDecimal {
        var d = digits
        var s = scale
        while s > 0, d.last == 0 { d.removeLast(); s -= 1 }
        return ExactDecimal(isNegative: isNegative, digits: d, scale: s)
    }

    /// The number with exactly `places` decimals, padding with zeros (never rounds).
    public func padded(toPlaces places: Int) -> ExactDecimal {
        guard places > scale else { return self }
        return ExactDecimal(
            isNegative: isNegative, digits: digits + repeatElement(0, count: places - scale),
            scale: places)
    }

    /// Compares magnitudes.
    public func magnitudeIsLess(than other: ExactDecimal) -> Bool {
        let s = max(scale, other.scale)
        let a = padded(toPlaces: s).digits.drop { $0 == 0 }
        let b = other.padded(toPlaces: s).digits.drop { $0 == 0 }
        if a.count != b.count { return a.count < b.count }
        return a.lexicographicallyPrecedes(b)
    }

    /// The unsigned digits as text, with optional comma grouping of the integer part.
    public func unsignedText(grouped: Bool) -> String {
        var text = ""
        let intDigits = integerDigits
        for (index, digit) in intDigits.enumerated() {
            if grouped, index > 0, (intDigits.count - index) % 3 == 0 { text.append(",") }
            text.append(Character(Unicode.Scalar(digit + 48)))
        }
        if scale > 0 {
            text.append(".")
            for digit in fractionDigits { text.append(Character(Unicode.Scalar(digit + 48))) }
        }
        return text
    }

    /// The value as a `Double`, for geometry only.
    public var doubleValue: Double {
        let text = (isNegative ? "-" : "") + unsignedText(grouped: false)
        return Double(text) ?? 0
    }
}

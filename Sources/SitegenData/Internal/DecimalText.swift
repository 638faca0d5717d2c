import Foundation

/// Exact decimal parsing, rounding and plain formatting, with no locale and no Double.
enum DecimalText {
    /// The outcome of parsing a number.
    enum Parsed: Equatable {
        case value(Decimal)
        case invalid
        case outOfRange
    }

    /// Rounding directions used for display.
    enum Rounding {
        /// Half away from zero (`13.75` to `13.8`).
        case halfAwayFromZero
        /// Toward zero, for lower bounds.
        case towardZero
        /// Away from zero, for upper bounds.
        case awayFromZero
    }

    /// Parses `[-+]?digits[.digits][(e|E)[-+]?digits]`; with `allowsBareFraction`, also `.5`
    /// and `5.` as YAML allows; with `allowsPlus`, a leading `+`.
    static func parse(_ text: Substring, allowsBareFraction: Bool = true, allowsPlus: Bool = true)
        -> Parsed
    {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            if first == UInt8(ascii: "+"), !allowsPlus { return .invalid }
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var digits: [UInt8] = []
        var integerCount = 0
        while let byte = bytes.first, isDigit(byte) {
            digits.append(byte - UInt8(ascii: "0"))
            integerCount += 1
            bytes = bytes.dropFirst()
        }
        var fractionCount = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            while let byte = bytes.first, isDigit(byte) {
                digits.append(byte - UInt8(ascii: "0"))
                fractionCount += 1
                bytes = bytes.dropFirst()
            }
            if fractionCount == 0, !allowsBareFraction || integerCount == 0 { return .invalid }
        }
        if integerCount == 0, !allowsBareFraction || fractionCount == 0 { return .invalid }
        var exponent = 0
        if let byte = bytes.first, byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            var exponentNegative = false
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                exponentNegative = sign == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            var exponentDigits = 0
            while let byte = bytes.first, isDigit(byte) {
                if exponent < 100_000 { exponent = exponent * 10 + Int(byte - UInt8(ascii: "0")) }
                exponentDigits += 1
                bytes = bytes.dropFirst()
            }
            if exponentDigits == 0 { return .invalid }
            if exponentNegative { exponent = -exponent }
        }
        guard bytes.isEmpty else { return .invalid }
        return make(digits: digits, exponent: exponent - fractionCount, negative: negative)
    }

    /// Builds `±digits × 10^exponent`, or `.outOfRange` when Decimal cannot hold it exactly.
    private static func make(digits: [UInt8], exponent: Int, negative: Bool) -> Parsed {
        var significant = digits.drop { $0 == 0 }
        var exponent = exponent
        if significant.isEmpty { return .value(Decimal(0)) }
        while let last = significant.last, last == 0 {
            significant = significant.dropLast()
            exponent += 1
        }
        guard significant.count <= 38 else { return .outOfRange }
        var mantissa = Decimal(0)
        for digit in significant { mantissa = mantissa * 10 + Decimal(Int(digit)) }
        guard exponent + significant.count - 1 <= 120, exponent >= -120 else { return .outOfRange }
        let value = Decimal(
            sign: negative ? .minus : .plus, exponent: exponent, significand: mantissa)
        return value.isNaN ? .outOfRange : .value(value)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// `value` rounded to `scale` digits after the point (a negative scale rounds to tens,
    /// hundreds, ...).
    static func rounded(_ value: Decimal, scale: Int, rounding: Rounding) -> Decimal {
        var input = value
        var result = Decimal()
        let mode: NSDecimalNumber.RoundingMode
        switch rounding {
        case .halfAwayFromZero: mode = .plain
        case .towardZero: mode = value < 0 ? .up : .down
        case .awayFromZero: mode = value < 0 ? .down : .up
        }
        NSDecimalRound(&result, &input, scale, mode)
        return result
    }

    /// The power of ten of the leading digit: 2 for 125, -1 for 0.5; 0 for zero.
    static func magnitude(_ value: Decimal) -> Int {
        guard !value.isZero else { return 0 }
        return digitCount(value.significand.magnitude) - 1 + value.exponent
    }

    /// The number of digits of a whole, non-negative significand, by comparison with powers
    /// of ten (its text would be a slow conversion, and it is asked for every figure).
    private static func digitCount(_ significand: Decimal) -> Int {
        var low = 0
        var high = wholePowers.count - 1
        // The first power of ten above the significand is 10^digits.
        while low < high {
            let middle = (low + high) / 2
            if wholePowers[middle] > significand { high = middle } else { low = middle + 1 }
        }
        return max(low, 1)
    }

    /// 10^0 through 10^39: a Decimal's significand has at most 38 digits.
    private static let wholePowers: [Decimal] = (0...39).map { power($0) }

    /// `value` rounded to `digits` significant digits.
    static func roundedToSignificant(_ value: Decimal, digits: Int, rounding: Rounding) -> Decimal {
        guard !value.isZero else { return value }
        return rounded(value, scale: digits - 1 - magnitude(value), rounding: rounding)
    }

    /// Plain digits with no exponent and no trailing fractional zeros, `-` for negatives.
    static func plain(_ value: Decimal) -> String {
        let text = value.description
        guard text.contains(".") else { return text == "-0" ? "0" : text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return trimmed == "-0" ? "0" : String(trimmed)
    }

    /// The plain form with the integer part grouped by commas (`1,230.5`) and the minus sign
    /// as U+2212.
    static func grouped(_ value: Decimal) -> String {
        var text = plain(value)
        var sign = ""
        if text.hasPrefix("-") {
            sign = "\u{2212}"
            text.removeFirst()
        }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = Array(parts[0])
        var groupedInteger = ""
        for (index, character) in integer.enumerated() {
            if index > 0, (integer.count - index) % 3 == 0 { groupedInteger.append(",") }
            groupedInteger.append(character)
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return sign + groupedInteger + fraction
    }

    /// `value` times 10^`places`, exactly, by moving its exponent (a division by a power of
    /// ten is a slow long division).
    static func shifted(_ value: Decimal, by places: Int) -> Decimal {
        Decimal(sign: value.sign, exponent: places, significand: value.magnitude)
    }

    /// Ten to the power `exponent`.
    static func power(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }
}

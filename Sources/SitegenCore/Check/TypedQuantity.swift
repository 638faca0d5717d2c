import Foundation
import SitegenData

/// A number a writer typed into prose that the data could supply: an amount of money
/// (`$25 billion`, `US$1.5bn`, `€8B`), a percentage (`12.5%`, `40 percent`) or a multiple
/// (`4x`, `4×`, `4 times`).
struct TypedQuantity: Hashable {
    /// What the number measures, in the data's units: money, money per year (followed by
    /// "a year", "per year", "annually" or "/yr"), a share or a multiple.
    var unit: FigureUnit
    /// The value in the data's terms: whole currency units, a share as a fraction.
    var value: Decimal
    /// Half the step of the last digit typed, in the same terms: `$25 billion` is any amount
    /// from $24.5B up to (not including) $25.5B.
    var tolerance: Decimal
    /// The text as typed, such as `$25 billion`.
    var text: String
    /// Where it starts in the searched text, in UTF-8 bytes.
    var offset: Int

    /// Every typed quantity in `text`, in order.
    static func scan(_ text: String) -> [TypedQuantity] {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: isDigit) else { return [] }
        var found: [TypedQuantity] = []
        var index = 0
        while index < bytes.count {
            // Every quantity starts with a digit or a currency symbol's first byte.
            let byte = bytes[index]
            guard isDigit(byte) || byte == 0x24 || byte == 0x55 || byte == 0xE2 || byte == 0xC2
            else {
                index += 1
                continue
            }
            if let (quantity, end) = quantity(in: bytes, at: index) {
                found.append(quantity)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    private static let currencies: [(symbol: [UInt8], code: String)] = [
        (Array("US$".utf8), "USD"), (Array("$".utf8), "USD"), (Array("€".utf8), "EUR"),
        (Array("£".utf8), "GBP"),
    ]

    private static let scales: [(word: String, factor: Decimal)] = [
        ("trillion", 1_000_000_000_000), ("billion", 1_000_000_000), ("million", 1_000_000),
        ("thousand", 1_000), ("tn", 1_000_000_000_000), ("bn", 1_000_000_000), ("mn", 1_000_000),
        ("T", 1_000_000_000_000), ("B", 1_000_000_000), ("M", 1_000_000), ("K", 1_000),
        ("m", 1_000_000), ("k", 1_000),
    ]

    private static func quantity(in bytes: [UInt8], at start: Int) -> (TypedQuantity, Int)? {
        // A number glued to a word or another number is part of a name (B2B, GPT-4x).
        if start > 0, isWordByte(bytes[start - 1]) { return nil }
        if start > 1, bytes[start - 1] == 0x2D, isWordByte(bytes[start - 2]) { return nil }
        for (symbol, code) in currencies where matches(bytes, symbol, at: start) {
            guard let number = number(in: bytes, at: start + symbol.count) else { return nil }
            var end = number.end
            var factor: Decimal = 1
            var probe = end
            if probe < bytes.count, bytes[probe] == 0x20 { probe += 1 }
            for (word, scale) in scales where matches(bytes, Array(word.utf8), at: probe) {
                let after = probe + word.utf8.count
                if after < bytes.count, isWordByte(bytes[after]) { continue }
                // A lone `m` or `k` must touch the number (`$5m`), not be the next word.
                if word.count == 1, word.first?.isLowercase == true, probe != end { continue }
                factor = scale
                end = after
                break
            }
            // A rate per month, quarter, week or day is nothing the data holds.
            let rest = String(decoding: bytes[end..<min(bytes.count, end + 16)], as: UTF8.self)
            if ["a month", "per month", "/mo", "a quarter", "per quarter", "a week", "a day"]
                .contains(where: { rest.hasPrefix(" " + $0) || rest.hasPrefix($0) })
            {
                return nil
            }
            let perYear = ["a year", "per year", "annually", "/yr", "/year", "a yr"].contains {
                rest.hasPrefix(" " + $0) || rest.hasPrefix($0)
            }
            let unit: FigureUnit = perYear ? .moneyPerYear(currency: code) : .money(currency: code)
            return (make(unit, number, factor: factor, bytes, start, end), end)
        }
        guard isDigit(bytes[start]), let number = number(in: bytes, at: start) else { return nil }
        let hundredth = Decimal(sign: .plus, exponent: -2, significand: 1)
        var probe = number.end
        if matches(bytes, [0x25], at: probe) {
            let end = probe + 1
            return (make(.share, number, factor: hundredth, bytes, start, end), end)
        }
        if matches(bytes, Array("×".utf8), at: probe)
            || (matches(bytes, [0x78], at: probe)
                && (probe + 1 == bytes.count || !isWordByte(bytes[probe + 1])))
        {
            let end = probe + (bytes[probe] == 0x78 ? 1 : 2)
            return (make(.multiple, number, factor: 1, bytes, start, end), end)
        }
        if probe < bytes.count, bytes[probe] == 0x20 { probe += 1 }
        for (word, unit, factor) in [
            ("percent", FigureUnit.share, hundredth), ("per cent", FigureUnit.share, hundredth),
            ("times", FigureUnit.multiple, 1),
        ] where matches(bytes, Array(word.utf8), at: probe) {
            let end = probe + word.utf8.count
            if end < bytes.count, isWordByte(bytes[end]) { continue }
            return (make(unit, number, factor: factor, bytes, start, end), end)
        }
        return nil
    }

    /// Where a number's digits are; its value is read only for a quantity, since most
    /// numbers in prose (years, counts) are none.
    private struct Number {
        var start: Int
        var end: Int
        var decimals: Int

        /// The digits without thousands commas, as a decimal.
        func value(in bytes: [UInt8]) -> Decimal {
            let digits = bytes[start..<end].filter { $0 != 0x2C }
            return Decimal(string: String(decoding: digits, as: UTF8.self)) ?? 0
        }
    }

    /// Digits with optional thousands commas and one decimal point: `1,250.5`.
    private static func number(in bytes: [UInt8], at start: Int) -> Number? {
        guard start < bytes.count, isDigit(bytes[start]) else { return nil }
        var index = start
        var decimals = -1
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte) {
                if decimals >= 0 { decimals += 1 }
            } else if byte == 0x2C, decimals < 0, index + 3 < bytes.count,
                (1...3).allSatisfy({ isDigit(bytes[index + $0]) }),
                index + 4 == bytes.count || !isDigit(bytes[index + 4])
            {
                // A thousands comma: exactly three digits follow.
            } else if byte == 0x2E, decimals < 0, index + 1 < bytes.count,
                isDigit(bytes[index + 1])
            {
                decimals = 0
            } else {
                break
            }
            index += 1
        }
        return Number(start: start, end: index, decimals: max(decimals, 0))
    }

    private static func make(
        _ unit: FigureUnit, _ number: Number, factor: Decimal, _ bytes: [UInt8], _ start: Int,
        _ end: Int
    ) -> TypedQuantity {
        var step: Decimal = 1
        for _ in 0..<number.decimals { step /= 10 }
        return TypedQuantity(
            unit: unit, value: number.value(in: bytes) * factor, tolerance: step * factor / 2,
            text: String(decoding: bytes[start..<end], as: UTF8.self), offset: start)
    }

    private static func matches(_ bytes: [UInt8], _ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where bytes[index + offset] != pattern[offset] {
            return false
        }
        return true
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// ASCII letters, digits and `_`: the bytes a number glued into a name sits beside.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == 0x5F
    }
}

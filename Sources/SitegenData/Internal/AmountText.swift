package import Foundation

/// Parses amounts written as `25B`, `1.5T`, `500M`, `750K` or a plain non-negative number.
package enum AmountText {
    package enum Problem: Error {
        case negative
        case invalid
        case lowercaseSuffix
        case outOfRange
    }

    private static let suffixes: [Character: Int] = ["K": 3, "M": 6, "B": 9, "T": 12]

    package static func parse(_ text: String) throws(Problem) -> Decimal {
        var body = Substring(text)
        if body.hasPrefix("-") || body.hasPrefix("\u{2212}") { throw .negative }
        var exponent = 0
        if let last = body.last, let power = suffixes[last] {
            exponent = power
            body = body.dropLast()
        } else if let last = body.last, let upper = last.uppercased().first, suffixes[upper] != nil,
            body.dropLast().allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
        {
            throw .lowercaseSuffix
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else {
            throw .invalid
        }
        switch DecimalText.parse(body, allowsBareFraction: false, allowsPlus: false) {
        case .value(let value):
            let scaled = value * DecimalText.power(exponent)
            guard !scaled.isNaN else { throw .outOfRange }
            return scaled
        case .outOfRange: throw .outOfRange
        case .invalid: throw .invalid
        }
    }

    package static func message(_ problem: Problem, text: String, field: String) -> String {
        switch problem {
        case .negative:
            return "Negative amount '\(text)' for '\(field)'; amounts are zero or more"
        case .lowercaseSuffix:
            return
                "Invalid amount '\(text)' for '\(field)'; write the suffix in capitals: K, M, B or T"
        case .outOfRange:
            return "Amount '\(text)' for '\(field)' is out of range"
        case .invalid:
            return
                "Invalid amount '\(text)' for '\(field)'; write a number such as 25B, 1.5T, 500M, 750K or 1000000"
        }
    }
}

extension DataValue {
    /// The value at a dotted key path such as `commitment.provider`, or `sources.2` for the
    /// second item of a list (1-based).
    package func value(atKeyPath keyPath: String) -> DataValue? {
        var current = self
        for part in keyPath.split(separator: ".") {
            if let items = current.items, let index = Int(part), index >= 1, index <= items.count {
                current = items[index - 1]
            } else if let next = current[String(part)] {
                current = next
            } else {
                return nil
            }
        }
        return current
    }
}

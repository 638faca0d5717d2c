/// A date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, which keeps that precision when shown.
///
/// Dates never come from file timestamps, the clock or the time zone.
public struct ContentDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1 to 9999.
    public var year: Int
    /// The month, 1 to 12, when given.
    public var month: Int?
    /// The day of the month, when given (requires a month).
    public var day: Int?

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil when the text is not one of them or names
    /// a day that does not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard part.count == width, part.allSatisfy({ $0.isASCII && $0.isNumber }),
                let number = Int(part)
            else { return nil }
            numbers.append(number)
        }
        year = numbers[0]
        month = numbers.count > 1 ? numbers[1] : nil
        day = numbers.count > 2 ? numbers[2] : nil
        guard year >= 1 else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, !(1...Self.daysIn(month: month, year: year)).contains(day) {
            return nil
        }
    }

    /// The ISO form at its precision: `2026`, `2026-04` or `2026-04-13`.
    public var iso: String {
        var text = Self.pad(year, 4)
        if let month { text += "-" + Self.pad(month, 2) }
        if let day { text += "-" + Self.pad(day, 2) }
        return text
    }

    /// The reader's form at its precision: `2026`, `April 2026` or `13 April 2026`.
    public var display: String {
        guard let month else { return String(year) }
        let name = Self.monthNames[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }

    /// An RFC 3339 timestamp at the start of the period, in UTC, for Atom feeds.
    public var timestamp: String {
        "\(Self.pad(year, 4))-\(Self.pad(month ?? 1, 2))-\(Self.pad(day ?? 1, 2))T00:00:00Z"
    }

    public var description: String { iso }

    /// Earlier periods first; a year sorts before its months, a month before its days.
    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// A calendar date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, which keeps its precision.
///
/// A date is never completed with a made-up month or day: `2026-04` is shown as "April 2026"
/// and written back as `2026-04`. Dates are validated against the Gregorian calendar
/// (`2026-02-29` is rejected; `2028-02-29` is fine). No clock, locale or time zone is used.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How much of a date is known.
    public enum Precision: Int, Sendable, Hashable, Comparable {
        /// Only the year: `2026`.
        case year
        /// Year and month: `2026-04`.
        case month
        /// Year, month and day: `2026-04-13`.
        case day

        /// Orders by how much is known, year first.
        public static func < (lhs: Precision, rhs: Precision) -> Bool {
            lhs.rawValue < rhs.rawValue
        }
    }

    /// The year, 1000 to 9999.
    public let year: Int
    /// The month, 1 to 12, when known.
    public let month: Int?
    /// The day of the month, when known.
    public let day: Int?

    /// The English month names, January first; fixed, never from a locale.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// Creates a date; `nil` when the parts do not form a real date or a day has no month.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1000...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// - Throws: A message (without position) that says what is wrong, such as
    ///   "Invalid date '2026-02-30'; February 2026 has 28 days".
    public static func parse(_ text: String) throws(CalendarDateError) -> CalendarDate {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
            zip(parts, widths).allSatisfy({ part, width in
                part.count == width && part.allSatisfy { $0.isASCII && $0.isNumber }
            })
        else { throw CalendarDateError(text: text, reason: .syntax) }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, (1000...9999).contains(numbers[0]) else {
            throw CalendarDateError(text: text, reason: .syntax)
        }
        let year = numbers[0]
        let month = numbers.count > 1 ? numbers[1] : nil
        let day = numbers.count > 2 ? numbers[2] : nil
        if let month, !(1...12).contains(month) {
            throw CalendarDateError(text: text, reason: .month)
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            throw CalendarDateError(text: text, reason: .day(year: year, month: month ?? 1))
        }
        return date
    }

    /// How much of this date is known.
    public var precision: Precision {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    /// The ISO 8601 form at this date's precision: `2026`, `2026-04` or `2026-04-13`.
    public var iso: String {
        var text = String(year)
        if let month { text += "-" + Self.twoDigits(month) }
        if let day { text += "-" + Self.twoDigits(day) }
        return text
    }

    /// The English form at this date's precision: "2026", "April 2026" or "13 April 2026".
    public var formatted: String { formatted(abbreviated: false) }

    /// The English form, with the month shortened to three letters when `abbreviated`
    /// ("13 Apr 2026"); "Sept" is not used.
    public func formatted(abbreviated: Bool) -> String {
        guard let month else { return String(year) }
        let name = Self.monthNames[month - 1]
        let monthText = abbreviated && name.count > 4 ? String(name.prefix(3)) : name
        guard let day else { return "\(monthText) \(year)" }
        return "\(day) \(monthText) \(year)"
    }

    /// The ISO form.
    public var description: String { iso }

    /// Orders by year, then month, then day; a less precise date sorts before a more precise
    /// one in the same period (`2026` < `2026-01` < `2026-01-01`).
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// The number of days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}

/// Why a date could not be parsed.
public struct CalendarDateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong.
    public enum Reason: Sendable, Hashable {
        /// Not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        case syntax
        /// The month is not 01 to 12.
        case month
        /// The day does not exist in that month.
        case day(year: Int, month: Int)
    }

    /// The text as written.
    public var text: String
    /// What was wrong.
    public var reason: Reason

    /// The message, such as "Invalid date '2026-13'; the month must be 01 to 12".
    public var description: String {
        switch reason {
        case .syntax:
            return "Invalid date '\(text)'; use YYYY, YYYY-MM or YYYY-MM-DD"
        case .month:
            return "Invalid date '\(text)'; the month must be 01 to 12"
        case .day(let year, let month):
            let days = CalendarDate.daysIn(month: month, year: year)
            return
                "Invalid date '\(text)'; \(CalendarDate.monthNames[month - 1]) \(year) has \(days) days"
        }
    }
}

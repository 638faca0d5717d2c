import Foundation
import SitegenSupport

/// Reads spec fields out of a `ChartTable`, turning every mismatch into a `ChartSpecError`.
struct FieldReader {
    /// The table.
    let table: ChartTable

    /// The column index of a field, or an error listing the nearest field names.
    func column(_ field: ChartField, key: String) throws(ChartSpecError) -> Int {
        if let index = table.columnIndex(field.name) { return index }
        var message = "Unknown field '\(field.name)' for key '\(key)'"
        let near = EditDistance.tiedNearest(to: field.name, among: table.columns)
        if !near.isEmpty {
            message += "; did you mean " + Quoting.list(near, conjunction: "or") + "?"
        } else if table.columns.isEmpty {
            message += "; the data has no fields"
        } else {
            message +=
                "; available fields are " + Quoting.commaList(Array(table.columns.prefix(12)))
        }
        throw ChartSpecError(keyPath: field.keyPath, message: message)
    }

    /// The numbers of a field (nil for missing cells), all in one unit.
    ///
    /// - Parameters:
    ///   - negativeReason: nil when negatives are fine, else the reason they are not.
    ///   - rangeReason: nil when the chart draws ranges ("$5B to $25B"), else what to do
    ///     instead; a range is never drawn as its midpoint.
    func numbers(
        _ field: ChartField, key: String, negativeReason: String? = nil,
        rangeReason: String? = nil
    ) throws(ChartSpecError) -> [ChartNumber?] {
        let index = try column(field, key: key)
        var result: [ChartNumber?] = []
        var unit: ChartUnit?
        for row in table.rows.indices {
            let cell = table.cell(row, index)
            switch cell {
            case .missing:
                result.append(nil)
            case .number(let number):
                guard !number.value.isNaN, ExactDecimal(number.value) != nil else {
                    throw ChartSpecError(
                        keyPath: field.keyPath,
                        message:
                            "Field '\(field.name)' for key '\(key)' has a value that is not a finite number in row \(row + 1)"
                    )
                }
                if let unit, unit != number.unit {
                    throw ChartSpecError(
                        keyPath: field.keyPath,
                        message:
                            "Field '\(field.name)' for key '\(key)' mixes units '\(unitName(unit))' and '\(unitName(number.unit))' (row \(row + 1))"
                    )
                }
                unit = number.unit
                if let negativeReason, number.value < 0 {
                    throw ChartSpecError(
                        keyPath: field.keyPath,
                        message:
                            "Field '\(field.name)' for key '\(key)' has a negative value '\(ValueText.text(number, style: .precise))' in row \(row + 1); \(negativeReason)"
                    )
                }
                if let rangeReason, number.rangeLow != nil {
                    throw ChartSpecError(
                        keyPath: field.keyPath,
                        message:
                            "Field '\(field.name)' for key '\(key)' has a range '\(ValueText.text(number, style: .precise))' in row \(row + 1), which this chart cannot draw; \(rangeReason)"
                    )
                }
                result.append(number)
            default:
                throw ChartSpecError(
                    keyPath: field.keyPath,
                    message:
                        "Field '\(field.name)' for key '\(key)' must hold numbers, but row \(row + 1) has '\(cellText(cell) ?? "")'"
                )
            }
        }
        return result
    }

    /// Labels of a field as text (numbers, years and dates formatted; missing → nil).
    func texts(_ field: ChartField, key: String) throws(ChartSpecError) -> [String?] {
        let index = try column(field, key: key)
        return table.rows.indices.map { cellText(table.cell($0, index)) }
    }

    /// Raw cells of a field.
    func cells(_ field: ChartField, key: String) throws(ChartSpecError) -> [ChartCell] {
        let index = try column(field, key: key)
        return table.rows.indices.map { table.cell($0, index) }
    }

    /// Times of a year or date field (missing → nil).
    func times(_ field: ChartField, key: String) throws(ChartSpecError) -> [TimePoint?] {
        let index = try column(field, key: key)
        var result: [TimePoint?] = []
        for row in table.rows.indices {
            let cell = table.cell(row, index)
            switch cell {
            case .missing:
                result.append(nil)
            case .year(let year):
                guard let point = TimePoint(checkedYear: year, month: nil, day: nil) else {
                    throw ChartSpecError(
                        keyPath: field.keyPath,
                        message:
                            "Field '\(field.name)' for key '\(key)' has an invalid year '\(year)' in row \(row + 1)"
                    )
                }
                result.append(point)
            case .date(let year, let month, let day):
                guard let point = TimePoint(checkedYear: year, month: month, day: day) else {
                    throw ChartSpecError(
                        keyPath: field.keyPath,
                        message:
                            "Field '\(field.name)' for key '\(key)' has an invalid date '\(isoDate(year: year, month: month, day: day))' in row \(row + 1)"
                    )
                }
                result.append(point)
            case .number(let number):
                // A number is echoed as a plain number, never grouped like an amount.
                let written = "\(number.value)"
                throw ChartSpecError(
                    keyPath: field.keyPath,
                    message:
                        "Field '\(field.name)' for key '\(key)' must hold years or dates, but row \(row + 1) has the number \(written); name the field after years ('year', 'fiscal_year') to read four-digit numbers as years"
                )
            default:
                throw ChartSpecError(
                    keyPath: field.keyPath,
                    message:
                        "Field '\(field.name)' for key '\(key)' must hold years or dates, but row \(row + 1) has '\(cellText(cell) ?? "")'"
                )
            }
        }
        return result
    }

    private func unitName(_ unit: ChartUnit) -> String {
        switch unit {
        case .money(let currency): return currency
        case .percent: return "percent"
        case .multiple: return "multiple"
        case .years: return "years"
        case .count: return "count"
        case .plain: return "plain"
        }
    }
}

/// A year or a UTC date at year, month or day precision.
struct TimePoint: Sendable, Equatable {
    /// The year.
    let year: Int
    /// The month 1…12, if known.
    let month: Int?
    /// The day, if known.
    let day: Int?

    /// Creates a point without checking.
    init(year: Int, month: Int?, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a point, or nil for an impossible date.
    init?(checkedYear year: Int, month: Int?, day: Int?) {
        guard (-9999...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day, !(1...daysInMonth(year: year, month: month)).contains(day) { return nil }
        } else if day != nil {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01 (UTC) of the point's middle: mid-year for a year, mid-month for a
    /// month, the day itself for a day.
    var dayNumber: Double {
        guard let month else {
            return Double(daysFromCivil(year: year, month: 7, day: 1)) + 0.5
        }
        guard let day else {
            return Double(daysFromCivil(year: year, month: month, day: 1))
                + Double(daysInMonth(year: year, month: month)) / 2
        }
        return Double(daysFromCivil(year: year, month: month, day: day)) + 0.5
    }

    /// `Sep 2023`, `2023`, or `25 Sep 2023`.
    var label: String {
        guard let month else { return NumberFormat.year(year) }
        let name = monthNames[month - 1] + " " + NumberFormat.year(year)
        guard let day else { return name }
        return String(day) + " " + name
    }

    /// `Sep 2023` or `2023`: the short form for event labels.
    var shortLabel: String {
        guard let month else { return NumberFormat.year(year) }
        return monthNames[month - 1] + " " + NumberFormat.year(year)
    }

    /// ISO form for tables.
    var iso: String { isoDate(year: year, month: month, day: day) }
}

public import Foundation

/// One typed cell of a `DataTable`, which knows how to write itself like a figure.
public enum DataCell: Sendable, Hashable {
    /// Text, shown as is (escaping is the renderer's job).
    case text(String)
    /// A number with bounds and a unit: money, a multiple, a share, a count, a plain number.
    case quantity(Bounds, FigureUnit)
    /// A plain number from a dataset without a schema, shown as written.
    case number(Decimal, text: String)
    /// A date at its precision.
    case date(CalendarDate)
    /// A year, shown without grouping: `2026`.
    case year(Int)
    /// No value.
    case missing

    /// The cell written in a figure variant; empty for a missing cell.
    public func formatted(_ variant: FigureVariant = .standard) -> String {
        switch self {
        case .text(let text): return text
        case .quantity(let bounds, let unit):
            if variant == .number, !bounds.isExact {
                return QuantityFormatter.text(bounds, unit: unit, variant: .standard)
            }
            return QuantityFormatter.text(bounds, unit: unit, variant: variant)
        case .number(_, let text): return text
        case .date(let date):
            return variant == .short ? date.formatted(abbreviated: true) : date.formatted
        case .year(let year): return String(year)
        case .missing: return ""
        }
    }

    /// The value for a `<data value>` attribute (as for figures), or `nil` for text and
    /// missing cells.
    public var machineValue: String? {
        switch self {
        case .quantity(let bounds, _): return QuantityFormatter.machineValue(bounds)
        case .number(let value, _): return DecimalText.plain(value)
        case .date(let date): return date.iso
        case .year(let year): return String(year)
        case .text, .missing: return nil
        }
    }

    /// The text a table filter compares with: the text itself, the machine value of a number,
    /// the ISO form of a date, the year's digits; empty for a missing cell.
    public var filterText: String {
        switch self {
        case .text(let text): return text
        case .number(_, let text): return text
        case .missing: return ""
        default: return machineValue ?? ""
        }
    }

    /// One number standing for the cell, for chart geometry and sorting: a quantity's
    /// representative value (see `Bounds.representative`), a year; `nil` otherwise.
    public var numericValue: Decimal? {
        switch self {
        case .quantity(let bounds, _): return bounds.representative
        case .number(let value, _): return value
        case .year(let year): return Decimal(year)
        case .text, .date, .missing: return nil
        }
    }

    /// Whether the cell is a number, right-aligned in tables.
    public var isNumeric: Bool {
        switch self {
        case .quantity, .number, .year: return true
        case .text, .date, .missing: return false
        }
    }

    /// Whether the cell has no value.
    public var isMissing: Bool { self == .missing }

    /// Orders cells of one column: numbers by value, dates by date, text by text; a missing
    /// cell comes after every other.
    static func ascending(_ lhs: DataCell, _ rhs: DataCell) -> Bool {
        switch (lhs, rhs) {
        case (.date(let left), .date(let right)): return left < right
        case (.text(let left), .text(let right)):
            let (l, r) = (left.lowercased(), right.lowercased())
            return l != r ? l < r : left < right
        default:
            if let left = lhs.numericValue, let right = rhs.numericValue { return left < right }
            return lhs.rank < rhs.rank
        }
    }

    private var rank: Int {
        switch self {
        case .quantity, .number, .year: return 0
        case .date: return 1
        case .text: return 2
        case .missing: return 3
        }
    }
}

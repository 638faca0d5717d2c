public import Foundation

/// The data a chart plots: ordered, named columns and rows of cells.
///
/// Core builds it from a dataset (including derived columns such as `annual_commitment`) or
/// from a spec's inline `values:`. Column order is kept; row order is the input order.
public struct ChartTable: Sendable, Equatable {
    /// Column names, in order.
    public var columns: [String]
    /// Rows; each row holds one cell per column (missing trailing cells read as `.missing`).
    public var rows: [[ChartCell]]

    /// Creates a table.
    public init(columns: [String], rows: [[ChartCell]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The index of a column, or nil.
    public func columnIndex(_ name: String) -> Int? {
        columns.firstIndex(of: name)
    }

    /// The cell at a row and column index, `.missing` when out of range.
    func cell(_ row: Int, _ column: Int) -> ChartCell {
        guard rows.indices.contains(row), rows[row].indices.contains(column) else {
            return .missing
        }
        return rows[row][column]
    }
}

/// One cell of a `ChartTable`.
public enum ChartCell: Sendable, Equatable {
    /// Text, such as a deal or company name.
    case text(String)
    /// A number with its unit, qualifier and derived flag.
    case number(ChartNumber)
    /// A calendar or fiscal year, drawn as an integer (never a date).
    case year(Int)
    /// A date at year, month or day precision, read as UTC.
    case date(year: Int, month: Int?, day: Int?)
    /// No value; drawn as a gap and written `n/a` in the table.
    case missing
}

/// A number as it appears in a chart: an exact value with a unit and a qualifier.
public struct ChartNumber: Sendable, Equatable {
    /// The exact value.
    ///
    /// Money is in whole currency units (25 billion dollars is `25000000000`); a percent is a
    /// fraction (`0.125` is 12.5 %).
    public var value: Decimal
    /// What the number measures.
    public var unit: ChartUnit
    /// How certain the amount is (exact, about, up to, at least, or a range whose ceiling is
    /// `value`).
    public var qualifier: ChartQualifier
    /// Whether the number is computed from others (a run-rate, a ratio), drawn outlined.
    public var derived: Bool
    /// Whether the number is a rate per year (labels get `/yr`).
    public var perYear: Bool
    /// How a derived number was worked out (`$100B ÷ 10 yrs, straight-line`), shown in the
    /// mark's tooltip and the data table.
    public var working: String?

    /// Creates a number.
    public init(
        value: Decimal, unit: ChartUnit, qualifier: ChartQualifier = .exact,
        derived: Bool = false, perYear: Bool = false, working: String? = nil
    ) {
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.derived = derived
        self.perYear = perYear
        self.working = working
    }
}

/// The unit of a `ChartNumber`.
public enum ChartUnit: Sendable, Equatable {
    /// Money in a currency given by its ISO 4217 code ("USD", "EUR").
    case money(currency: String)
    /// A fraction shown as a percent.
    case percent
    /// A ratio shown with `×`.
    case multiple
    /// A duration in years.
    case years
    /// A count of things.
    case count
    /// A number with no unit.
    case plain
}

/// How certain a reported amount is.
public enum ChartQualifier: Sendable, Equatable {
    /// The stated amount.
    case exact
    /// An approximate amount (`~$200B`).
    case about
    /// A ceiling including contingent parts (`up to $25B`).
    case upTo
    /// A floor (`at least $100B`).
    case atLeast
    /// A range from `low` up to the number's value, as a deal with a firm part and a
    /// contingent part has (`$5B to $25B`); `approximate` when both ends are estimates.
    case between(low: Decimal, approximate: Bool)
}

extension ChartNumber {
    /// The floor of a range, nil for every other qualifier.
    public var rangeLow: Decimal? {
        if case .between(let low, _) = qualifier { return low }
        return nil
    }
}

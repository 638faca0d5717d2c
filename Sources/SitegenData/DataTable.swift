import Foundation
public import SitegenSupport

/// A table ready to render: ordered columns and rows of typed cells.
///
/// Built from any dataset (typed datasets get computed columns) or from inline CSV, then
/// filtered, sorted and cut to the columns a `TableSpec` asks for. Chart adapters read the
/// same cells and convert `numericValue` to geometry.
public struct DataTable: Sendable, Hashable {
    /// One column: the field it shows, its title, its unit and its alignment.
    public struct Column: Sendable, Hashable {
        /// How cells of a column are aligned.
        public enum Alignment: String, Sendable, Hashable {
            /// Text.
            case left
            /// Numbers.
            case right
        }

        /// The field name, such as `annual_commitment`.
        public var field: String
        /// The header text.
        public var title: String
        /// The unit shared by every cell, when there is one.
        public var unit: FigureUnit?
        /// Right for numbers, left for the rest.
        public var alignment: Alignment

        /// Creates a column.
        public init(field: String, title: String, unit: FigureUnit?, alignment: Alignment) {
            self.field = field
            self.title = title
            self.unit = unit
            self.alignment = alignment
        }
    }

    /// The dataset name, or `csv` for inline CSV.
    public var name: String
    /// The columns, in display order.
    public var columns: [Column]
    /// The rows; each has one cell per column.
    public var rows: [[DataCell]]
    /// The caption, when given.
    public var caption: String?

    /// Creates a table.
    public init(name: String, columns: [Column], rows: [[DataCell]], caption: String? = nil) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.caption = caption
    }

    /// The field names, in column order.
    public var fields: [String] { columns.map(\.field) }

    /// The index of a field's column.
    public func columnIndex(_ field: String) -> Int? { columns.firstIndex { $0.field == field } }

    /// Every cell of a field's column, or `nil` when there is no such field.
    public func cells(_ field: String) -> [DataCell]? {
        columnIndex(field).map { index in rows.map { $0[index] } }
    }

    /// The index of a field's column, or an error at `position` naming `key` and the nearest
    /// fields: "Unknown field 'amout' in 'columns'; did you mean 'amount'?".
    public func requireColumn(
        _ field: String, key: String, path: String, position: SourcePosition?
    ) throws(DataDiagnostic) -> Int {
        if let index = columnIndex(field) { return index }
        let hint = EditDistance.didYouMean(field, among: fields)
        let message =
            hint.isEmpty
            ? "Unknown field '\(field)' in '\(key)'; fields are \(Quoting.list(fields, conjunction: "and"))"
            : "Unknown field '\(field)' in '\(key)'\(hint)"
        throw DataDiagnostic(path: path, position: position, message: message)
    }

    /// Builds columns from fields and rows, deriving each column's unit (when every cell that
    /// has a value shares one) and alignment (right when every such cell is a number).
    package static func make(
        name: String, fields: [(field: String, title: String)], rows: [[DataCell]]
    )
        -> DataTable
    {
        let columns = fields.enumerated().map { index, field in
            let present = rows.map { $0[index] }.filter { !$0.isMissing }
            var unit: FigureUnit?
            if case .quantity(_, let first)? = present.first,
                present.allSatisfy({
                    if case .quantity(_, let u) = $0 { return u == first } else { return false }
                })
            {
                unit = first
            }
            let numeric = !present.isEmpty && present.allSatisfy(\.isNumeric)
            return Column(
                field: field.field, title: field.title, unit: unit,
                alignment: numeric ? .right : .left)
        }
        return DataTable(name: name, columns: columns, rows: rows)
    }

    /// A title from a field name: `annual_commitment` is "Annual commitment".
    package static func title(for field: String) -> String {
        let words = field.replacingOccurrences(of: "_", with: " ").replacingOccurrences(
            of: ".", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

extension DataTable {
    /// The table with only the rows whose cell in `column` reads as one of `values` (compared
    /// with ``DataCell/filterText``).
    public func keepingRows(where column: Int, in values: [String]) -> DataTable {
        let wanted = Set(values)
        var table = self
        table.rows = rows.filter { column < $0.count && wanted.contains($0[column].filterText) }
        return table
    }

    /// The table with only the rows at `offsets` (in table order, each once), for callers
    /// that index a column once instead of filtering on every page.
    public func keepingRows(at offsets: some Sequence<Int>) -> DataTable {
        var table = self
        table.rows = Set(offsets).sorted().compactMap { rows.indices.contains($0) ? rows[$0] : nil }
        return table
    }

    /// The offsets of the rows by the filter text of one column, for ``keepingRows(at:)``.
    public func rowOffsets(byColumn column: Int) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (offset, row) in rows.enumerated() where column < row.count {
            index[row[column].filterText, default: []].append(offset)
        }
        return index
    }

    /// The table with its rows sorted stably by one column; missing cells stay last in both
    /// directions.
    public func sortingRows(by column: Int, descending: Bool) -> DataTable {
        var table = self
        let numbered = rows.enumerated().map { ($0.offset, $0.element) }
        table.rows = numbered.sorted { left, right in
            let (a, b) = (left.1[column], right.1[column])
            if a.isMissing != b.isMissing { return b.isMissing }
            if DataCell.ascending(a, b) { return !descending }
            if DataCell.ascending(b, a) { return descending }
            return left.0 < right.0
        }.map(\.1)
        return table
    }
}

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
        /// What a row's key (``DataTable/rowKeys``) is followed by in the name of the figure a
        /// cell of this column shows (`investment` after `deals.x.`); nil when its cells are
        /// no figures.
        public var figureSuffix: String?

        /// Creates a column.
        public init(
            field: String, title: String, unit: FigureUnit?, alignment: Alignment,
            figureSuffix: String? = nil
        ) {
            self.field = field
            self.title = title
            self.unit = unit
            self.alignment = alignment
            self.figureSuffix = figureSuffix
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
    /// One key per row, when the rows are records whose cells are figures; empty otherwise.
    ///
    /// A key is the start of the figure names of the row's cells (`deals.x.`, or a whole name
    /// such as `companies.amazon.capex.2025`); filters and sorts keep it with its row. See
    /// ``figureNames(inFields:)``.
    public var rowKeys: [String] = []

    /// Creates a table.
    public init(name: String, columns: [Column], rows: [[DataCell]], caption: String? = nil) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.caption = caption
    }

    /// The field names, in column order.
    public var fields: [String] { columns.map(\.field) }

    /// The names of the figures the table's cells show, row by row: a row's key followed by
    /// its column's figure suffix, for every cell with a value (in the columns of `fields`,
    /// when given).
    public func figureNames(inFields fields: Set<String>? = nil) -> [String] {
        guard rowKeys.count == rows.count else { return [] }
        let figureColumns = columns.indices.filter { index in
            columns[index].figureSuffix != nil
                && (fields.map { $0.contains(columns[index].field) } ?? true)
        }
        guard !figureColumns.isEmpty else { return [] }
        var names: [String] = []
        for (row, key) in zip(rows, rowKeys) {
            for index in figureColumns where index < row.count && !row[index].isMissing {
                names.append(key + (columns[index].figureSuffix ?? ""))
            }
        }
        return names
    }

    /// The table with its rows' figure names set: `keys` one per row, `suffixes` by field.
    package func naming(rowKeys keys: [String], suffixes: [String: String]) -> DataTable {
        var table = self
        table.rowKeys = keys
        for index in table.columns.indices {
            table.columns[index].figureSuffix = suffixes[table.columns[index].field]
        }
        return table
    }

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
        return keepingRows(
            at: rows.indices.filter { offset in
                column < rows[offset].count && wanted.contains(rows[offset][column].filterText)
            })
    }

    /// The table with only the rows at `offsets` (in table order, each once), for callers
    /// that index a column once instead of filtering on every page.
    public func keepingRows(at offsets: some Sequence<Int>) -> DataTable {
        var table = self
        let kept = Set(offsets).sorted().filter(rows.indices.contains)
        table.rows = kept.map { rows[$0] }
        if rowKeys.count == rows.count { table.rowKeys = kept.map { rowKeys[$0] } }
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
        let order = rows.indices.sorted { left, right in
            let (a, b) = (rows[left][column], rows[right][column])
            if a.isMissing != b.isMissing { return b.isMissing }
            if DataCell.ascending(a, b) { return !descending }
            if DataCell.ascending(b, a) { return descending }
            return left < right
        }
        var table = self
        table.rows = order.map { rows[$0] }
        if rowKeys.count == rows.count { table.rowKeys = order.map { rowKeys[$0] } }
        return table
    }
}

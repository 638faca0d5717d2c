public import SitegenSupport

/// What a ```` ```table ```` block asks for, parsed from its YAML.
///
/// ```yaml
/// data: deals                       # a dataset name, or instead:
/// # csv: |                          #   inline CSV with a header row
/// columns: [id, investor_name, {field: annual_commitment, title: Per year}]
/// sort: -annual_commitment          # '-' for descending
/// filter: {status: announced, investor: [amazon, google]}
/// caption: Deals by annual commitment
/// ```
public struct TableSpec: Sendable, Hashable {
    /// Where the rows come from.
    public enum Source: Sendable, Hashable {
        /// A dataset by name.
        case dataset(String)
        /// Inline CSV, with the line and column offsets of its text in the document.
        case csv(String, lineOffset: Int, columnOffset: Int)
    }

    /// A column to show.
    public struct Column: Sendable, Hashable {
        /// The field name.
        public var field: String
        /// A title replacing the default one.
        public var title: String?
        /// Where the column is named.
        public var position: SourcePosition
    }

    /// Sorting by one field.
    public struct Sort: Sendable, Hashable {
        /// The field name, without the `-`.
        public var field: String
        /// Whether the order is descending (`-field`).
        public var descending: Bool
        /// Where the sort is written.
        public var position: SourcePosition
    }

    /// Keeping the rows whose field is one of some values.
    public struct Filter: Sendable, Hashable {
        /// The field name.
        public var field: String
        /// The accepted values, compared with `DataCell.filterText`.
        public var values: [String]
        /// Where the field is named.
        public var position: SourcePosition
    }

    /// The document path, for diagnostics.
    public var path: String
    /// Where the rows come from.
    public var source: Source
    /// Where `data` or `csv` is written.
    public var sourcePosition: SourcePosition
    /// The columns to show; empty for all.
    public var columns: [Column]
    /// The sort, when given.
    public var sort: Sort?
    /// The filters, all of which a row must pass.
    public var filters: [Filter]
    /// The caption, when given.
    public var caption: String?
    /// Whether inline CSV was written as a block scalar (`csv: |`), whose lines map to
    /// document lines; errors in other CSV strings point at the string.
    package var csvLinesMapToDocument = true

    static let keys = ["data", "csv", "columns", "sort", "filter", "caption"]

    /// Parses the YAML of a table block.
    ///
    /// - Parameters:
    ///   - text: The block's content.
    ///   - path: The document path, for diagnostics.
    ///   - lineOffset: Lines before the block's content in the document, so errors point at
    ///     document lines.
    /// - Throws: The first problem, such as "Unknown key 'colums'; did you mean 'columns'?".
    public static func parse(_ text: String, path: String, lineOffset: Int = 0)
        throws(DataDiagnostic) -> TableSpec
    {
        let root = try YAMLLoader.load(text, path: path, lineOffset: lineOffset)
        var diagnostics: [DataDiagnostic] = []
        let spec = TableSpecParser(text: text, path: path, lineOffset: lineOffset)
            .parse(root, diagnostics: &diagnostics)
        if let first = diagnostics.sorted().first(where: \.isError) { throw first }
        guard let spec else {
            throw DataDiagnostic(
                path: path, position: root.position, message: "Invalid table block")
        }
        return spec
    }
}

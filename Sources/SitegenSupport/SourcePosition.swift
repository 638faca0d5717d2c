/// A place in a source file: a 1-based line and a 1-based column.
///
/// Columns count UTF-8 bytes from the start of the line, the same unit libcmark uses for
/// Markdown, so a position from a data file, a front-matter block or a fenced block in a
/// Markdown page can be shown with one caret routine. YAML, JSON and CSV loaders all agree.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in UTF-8 bytes.
    public var column: Int

    /// Creates a position from a 1-based line and a 1-based UTF-8 byte column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The first byte of a file.
    public static let start = SourcePosition(line: 1, column: 1)

    /// `line:column`, as used in compiler-style diagnostics.
    public var description: String { "\(line):\(column)" }

    /// Orders positions by line, then by column.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// This position moved down by `lines` lines, keeping its column.
    public func addingLines(_ lines: Int) -> SourcePosition {
        SourcePosition(line: line + lines, column: column)
    }
}

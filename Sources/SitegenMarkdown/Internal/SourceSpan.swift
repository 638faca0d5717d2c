/// A run of raw Markdown bytes lifted out of a document (a table cell, a line of a
/// footnote), with the place each byte came from, so errors inside it point at the file.
struct SourceSpan {
    /// The bytes, with any escapes the extension consumed already removed.
    var bytes: [UInt8] = []
    /// The line the bytes are on, in the original file.
    var line: Int
    /// The original 1-based column of each byte.
    var columns: [Int] = []

    init(line: Int) {
        self.line = line
    }

    /// A span over `slice`, whose first byte is at `column` of `line`.
    init(_ slice: ArraySlice<UInt8>, line: Int, column: Int) {
        self.line = line
        bytes = Array(slice)
        columns = Array(column..<(column + slice.count))
    }

    mutating func append(_ byte: UInt8, column: Int) {
        bytes.append(byte)
        columns.append(column)
    }

    /// The original column of the byte at 1-based `column` of the span; past the end, the
    /// column after the last byte.
    func originalColumn(_ column: Int) -> Int {
        if column >= 1, column <= columns.count { return columns[column - 1] }
        return (columns.last ?? 0) + max(1, column - columns.count)
    }

    /// The span without leading and trailing spaces and tabs.
    func trimmed() -> SourceSpan {
        var lower = 0
        var upper = bytes.count
        while lower < upper, bytes[lower].isSpaceOrTab { lower += 1 }
        while upper > lower, bytes[upper - 1].isSpaceOrTab { upper -= 1 }
        var span = SourceSpan(line: line)
        span.bytes = Array(bytes[lower..<upper])
        span.columns = Array(columns[lower..<upper])
        return span
    }
}

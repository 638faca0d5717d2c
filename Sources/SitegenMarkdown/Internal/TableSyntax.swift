/// A GitHub-flavoured pipe table read from the raw lines of one paragraph.
///
/// The rules are cmark-gfm's: the header row is followed by a delimiter row of `---` cells
/// (a colon on either side sets the alignment) with the same number of cells; each later line
/// of the paragraph is a body row, cut or padded to that number. Pipes split cells unless
/// escaped as `\|`, even inside code spans, and the backslash of an escaped pipe is dropped.
/// Lines before the header stay a paragraph.
struct TableSyntax {
    /// A column's alignment.
    enum Alignment: Equatable {
        case none, left, center, right
    }

    /// The paragraph's lines before the header row.
    var leading: [SourceSpan]
    /// Each column's alignment, from the delimiter row.
    var alignments: [Alignment]
    /// The header cells.
    var header: [SourceSpan]
    /// The body rows, each with one cell per column.
    var body: [[SourceSpan]]

    /// The table in `lines` (one paragraph's lines, container prefixes removed), or nil.
    init?(lines: [SourceSpan]) {
        guard lines.count >= 2 else { return nil }
        for index in 1..<lines.count {
            guard Self.mightBeDelimiterRow(lines[index].bytes),
                let alignments = Self.alignments(Self.cells(of: lines[index]))
            else { continue }
            let header = Self.cells(of: lines[index - 1])
            guard header.count == alignments.count else { continue }
            self.leading = Array(lines[..<(index - 1)])
            self.alignments = alignments
            self.header = header
            self.body = lines[(index + 1)...].map { line in
                var cells = Self.cells(of: line)
                if cells.count > alignments.count {
                    cells.removeLast(cells.count - alignments.count)
                }
                while cells.count < alignments.count { cells.append(SourceSpan(line: line.line)) }
                return cells
            }
            return
        }
        return nil
    }

    /// A quick test before splitting, also run on raw lines: only pipes, colons, dashes,
    /// spaces and a quote's `>`, with a dash and a pipe or colon. (A row of dashes alone is a
    /// setext underline, never inside a paragraph.)
    static func mightBeDelimiterRow(_ line: some Collection<UInt8>) -> Bool {
        var dash = false
        var separator = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"): separator = true
            case 0x20, 0x09, UInt8(ascii: ">"): continue
            default: return false
            }
        }
        return dash && separator
    }

    /// Whether `byte` can be part of a delimiter row, for a scan that finds candidate lines.
    static func isDelimiterRowByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, 0x09, UInt8(ascii: ">"):
            true
        default: false
        }
    }

    /// The alignments of a delimiter row's cells, or nil when a cell is not `:?-+:?`.
    private static func alignments(_ cells: [SourceSpan]) -> [Alignment]? {
        var result: [Alignment] = []
        for cell in cells {
            var bytes = cell.bytes[...]
            let left = bytes.first == UInt8(ascii: ":")
            if left { bytes = bytes.dropFirst() }
            let right = bytes.last == UInt8(ascii: ":")
            if right { bytes = bytes.dropLast() }
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            result.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return result
    }

    /// The trimmed cells of one row; a leading and a trailing pipe are optional.
    static func cells(of line: SourceSpan) -> [SourceSpan] {
        let row = line.trimmed()
        var index = 0
        if row.bytes.first == UInt8(ascii: "|") { index = 1 }
        var cells: [SourceSpan] = []
        var current = SourceSpan(line: line.line)
        var endedWithPipe = false
        while index < row.bytes.count {
            let byte = row.bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < row.bytes.count,
                row.bytes[index + 1] == UInt8(ascii: "|")
            {
                current.append(UInt8(ascii: "|"), column: row.columns[index + 1])
                index += 2
                endedWithPipe = false
            } else if byte == UInt8(ascii: "|") {
                cells.append(current.trimmed())
                current = SourceSpan(line: line.line)
                index += 1
                endedWithPipe = true
            } else {
                current.append(byte, column: row.columns[index])
                index += 1
                endedWithPipe = false
            }
        }
        if !endedWithPipe || cells.isEmpty { cells.append(current.trimmed()) }
        return cells
    }
}

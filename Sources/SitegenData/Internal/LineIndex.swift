import SitegenSupport

/// The start of every line of a text, for turning offsets and character columns into
/// positions whose columns count UTF-8 bytes.
struct LineIndex: Sendable {
    /// The text's UTF-8 bytes.
    let bytes: [UInt8]
    /// The byte offset at which each line starts; `lineStarts[0]` is 0.
    let lineStarts: [Int]
    /// The byte offset at which each line's text ends, before its line break.
    private let lineEnds: [Int]
    /// For each line that holds a non-ASCII byte, the byte offset of every Unicode scalar in
    /// it, so a scalar column is found without walking the line (ASCII lines need no table).
    private let scalarStarts: [Int: [Int]]

    /// Indexes `text`.
    ///
    /// With `yamlBreaks`, NEL, LS and PS also end lines, as libyaml counts them.
    init(_ text: String, yamlBreaks: Bool = false) {
        let bytes = Array(text.utf8)
        var starts = [0]
        var ends: [Int] = []
        var nonASCIILines: [Int] = []
        var lineHasNonASCII = false
        var index = 0
        func endLine(at end: Int, next: Int) {
            ends.append(end)
            if lineHasNonASCII { nonASCIILines.append(starts.count - 1) }
            lineHasNonASCII = false
            starts.append(next)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                endLine(at: index, next: index + 1)
            } else if byte == 0x0D {
                let end = index
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                endLine(at: end, next: index + 1)
            } else if yamlBreaks, byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 {
                endLine(at: index, next: index + 2)
                index += 1
            } else if yamlBreaks, byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
            {
                endLine(at: index, next: index + 3)
                index += 2
            } else if byte >= 0x80 {
                lineHasNonASCII = true
            }
            index += 1
        }
        ends.append(bytes.count)
        if lineHasNonASCII { nonASCIILines.append(starts.count - 1) }
        var scalarStarts: [Int: [Int]] = [:]
        for line in nonASCIILines {
            var offsets: [Int] = []
            var offset = starts[line]
            while offset < ends[line] {
                offsets.append(offset)
                offset += Self.scalarLength(leadByte: bytes[offset])
            }
            scalarStarts[line] = offsets
        }
        self.bytes = bytes
        self.lineStarts = starts
        self.lineEnds = ends
        self.scalarStarts = scalarStarts
    }

    /// The position of a UTF-8 byte offset.
    func position(ofByte offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        return SourcePosition(line: low + 1, column: clamped - lineStarts[low] + 1)
    }

    /// The position for a 1-based line and a 1-based scalar column, as libyaml reports them.
    ///
    /// Columns past the line's end count one byte each.
    func position(line: Int, scalarColumn: Int) -> SourcePosition {
        guard line >= 1, line <= lineStarts.count else {
            return SourcePosition(line: max(line, 1), column: max(scalarColumn, 1))
        }
        let start = lineStarts[line - 1]
        let scalars = max(scalarColumn, 1) - 1
        let offset: Int
        if let offsets = scalarStarts[line - 1] {
            offset =
                scalars < offsets.count
                ? offsets[scalars] : lineEnds[line - 1] + scalars - offsets.count
        } else {
            offset = start + scalars
        }
        return SourcePosition(line: line, column: offset - start + 1)
    }

    /// The position of the `characterOffset`-th Character of `text`.
    static func position(ofCharacter characterOffset: Int, in text: String) -> SourcePosition {
        let index =
            text.index(text.startIndex, offsetBy: characterOffset, limitedBy: text.endIndex)
            ?? text.endIndex
        let byteOffset = text.utf8.distance(from: text.utf8.startIndex, to: index)
        return LineIndex(text, yamlBreaks: true).position(ofByte: byteOffset)
    }

    /// The text of a 1-based line, without its line break.
    func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        return String(decoding: bytes[lineStarts[line - 1]..<lineEnds[line - 1]], as: UTF8.self)
    }

    /// The number of bytes of the UTF-8 sequence starting with `leadByte`.
    static func scalarLength(leadByte: UInt8) -> Int {
        switch leadByte {
        case 0xF0...0xFF: return 4
        case 0xE0...0xEF: return 3
        case 0xC0...0xDF: return 2
        default: return 1
        }
    }
}

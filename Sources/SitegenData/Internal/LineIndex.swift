import SitegenSupport

/// The start of every line of a text, for turning offsets and character columns into
/// positions whose columns count UTF-8 bytes.
struct LineIndex: Sendable {
    /// The text's UTF-8 bytes.
    let bytes: [UInt8]
    /// The byte offset at which each line starts; `lineStarts[0]` is 0.
    let lineStarts: [Int]

    /// Indexes `text`.
    ///
    /// With `yamlBreaks`, NEL, LS and PS also end lines, as libyaml counts them.
    init(_ text: String, yamlBreaks: Bool = false) {
        let bytes = Array(text.utf8)
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte == 0x0D {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            } else if yamlBreaks, byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 {
                index += 1
                starts.append(index + 1)
            } else if yamlBreaks, byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
            {
                index += 2
                starts.append(index + 1)
            }
            index += 1
        }
        self.bytes = bytes
        self.lineStarts = starts
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

    /// The position for a 1-based line and a 1-based column counted in Unicode scalars, as
    /// libyaml reports them.
    func position(line: Int, scalarColumn: Int) -> SourcePosition {
        guard line >= 1, line <= lineStarts.count else {
            return SourcePosition(line: max(line, 1), column: max(scalarColumn, 1))
        }
        var offset = lineStarts[line - 1]
        var remaining = scalarColumn - 1
        while remaining > 0, offset < bytes.count, !isLineBreak(at: offset) {
            offset += Self.scalarLength(leadByte: bytes[offset])
            remaining -= 1
        }
        offset = min(offset, bytes.count)
        return SourcePosition(line: line, column: offset - lineStarts[line - 1] + 1 + remaining)
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
        var end = lineStarts[line - 1]
        while end < bytes.count, !isLineBreak(at: end) { end += 1 }
        return String(decoding: bytes[lineStarts[line - 1]..<end], as: UTF8.self)
    }

    private func isLineBreak(at offset: Int) -> Bool {
        bytes[offset] == 0x0A || bytes[offset] == 0x0D
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

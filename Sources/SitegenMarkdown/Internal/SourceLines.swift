/// A document's source as UTF-8 bytes addressed by line, for the extensions that read raw
/// syntax (table rows, footnote definitions) that libcmark's tree no longer shows.
///
/// Lines end at `\n`, `\r\n` or `\r`, as CommonMark counts them; line numbers are 1-based.
struct SourceLines {
    /// The whole source.
    let bytes: [UInt8]
    /// The offset of each line's first byte.
    private let starts: [Int]
    /// The offset just past each line's content (before its line ending).
    private let ends: [Int]

    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var ends: [Int] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                ends.append(index)
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count,
                    bytes[index + 1] == UInt8(ascii: "\n")
                {
                    index += 1
                }
                starts.append(index + 1)
            }
            index += 1
        }
        if starts[starts.count - 1] < bytes.count {
            ends.append(bytes.count)
        } else {
            starts.removeLast()
        }
        self.starts = starts
        self.ends = ends
    }

    /// The number of lines.
    var count: Int { ends.count }

    /// Line `number` without its line ending; empty past the end.
    func line(_ number: Int) -> ArraySlice<UInt8> {
        guard number >= 1, number <= ends.count else { return [] }
        return bytes[starts[number - 1]..<ends[number - 1]]
    }
}

extension UInt8 {
    /// A space or a tab.
    var isSpaceOrTab: Bool { self == 0x20 || self == 0x09 }
}

extension ArraySlice where Element == UInt8 {
    /// The slice without leading and trailing spaces and tabs.
    func trimmingSpaces() -> ArraySlice<UInt8> {
        var lower = startIndex
        var upper = endIndex
        while lower < upper, self[lower].isSpaceOrTab { lower += 1 }
        while upper > lower, self[upper - 1].isSpaceOrTab { upper -= 1 }
        return self[lower..<upper]
    }

    /// Whether the slice holds only spaces and tabs.
    var isBlank: Bool { allSatisfy(\.isSpaceOrTab) }
}

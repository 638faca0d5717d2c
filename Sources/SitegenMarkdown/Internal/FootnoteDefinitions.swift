/// GitHub-flavoured footnote definitions (`[^label]: text`), lifted out of a document's
/// source before libcmark parses it.
///
/// libcmark would read a definition as a paragraph, or as a link reference definition that
/// turns every `[^label]` into a link, so definitions are taken out first: each one's lines
/// are blanked in the source (line numbers stay), and its body is kept with the original
/// place of every byte. A definition starts at a line's first non-space (at most three
/// spaces in) outside code and HTML blocks; its body is the rest of that line, then lines
/// indented by four spaces (dedented), blank lines between them, and lazy continuation lines
/// right after text.
struct FootnoteDefinitions {
    /// One definition.
    struct Definition {
        /// The label as written.
        var label: String
        /// The label as matched: case folded.
        var key: String
        /// The body's lines.
        var lines: [SourceSpan]
    }

    /// The definitions in document order; a label defined twice keeps its first body.
    var definitions: [Definition]
    /// The source with the definitions' lines blanked.
    var source: String

    /// Finds the definitions in `lines`, or nil when there are none.
    ///
    /// `isProtected` says which lines are inside code or HTML blocks.
    init?(_ lines: SourceLines, isProtected: (Int) -> Bool) {
        var definitions: [Definition] = []
        var keys: Set<String> = []
        var blanked = [Bool](repeating: false, count: lines.count + 1)
        var number = 1
        while number <= lines.count {
            guard !isProtected(number), let start = Self.start(lines.line(number)) else {
                number += 1
                continue
            }
            let line = lines.line(number)
            var body: [SourceSpan] = []
            let rest = line[(line.startIndex + start.contentOffset)...]
            if !rest.isBlank {
                body.append(SourceSpan(rest, line: number, column: start.contentOffset + 1))
            }
            var last = number
            var next = number + 1
            var previousWasText = !rest.isBlank
            while next <= lines.count {
                let text = lines.line(next)
                if text.isBlank {
                    previousWasText = false
                } else if let dedented = Self.dedented(text, line: next) {
                    last = next
                    previousWasText = true
                    body.append(dedented)
                } else if previousWasText, Self.start(text) == nil, !Self.startsBlock(text) {
                    last = next
                    body.append(SourceSpan(text, line: next, column: 1))
                } else {
                    break
                }
                next += 1
            }
            // Blank lines inside the body are kept, so blocks in it stay apart.
            body = Self.withBlankLines(body)
            for blank in number...last { blanked[blank] = true }
            let key = start.label.lowercased()
            if keys.insert(key).inserted {
                definitions.append(Definition(label: start.label, key: key, lines: body))
            }
            number = last + 1
        }
        guard !definitions.isEmpty else { return nil }
        self.definitions = definitions
        var text: [UInt8] = []
        text.reserveCapacity(lines.bytes.count)
        for line in 1...max(1, lines.count) where line <= lines.count {
            if !blanked[line] { text.append(contentsOf: lines.line(line)) }
            text.append(UInt8(ascii: "\n"))
        }
        source = String(decoding: text, as: UTF8.self)
    }

    /// The label and where the body starts, when `line` opens a definition.
    static func start(_ line: ArraySlice<UInt8>) -> (label: String, contentOffset: Int)? {
        var index = line.startIndex
        var spaces = 0
        while index < line.endIndex, line[index] == 0x20, spaces < 3 {
            index += 1
            spaces += 1
        }
        guard line.endIndex - index >= 5, line[index] == UInt8(ascii: "["),
            line[index + 1] == UInt8(ascii: "^")
        else { return nil }
        let labelStart = index + 2
        var end = labelStart
        while end < line.endIndex, line[end] != UInt8(ascii: "]") {
            if line[end].isSpaceOrTab || line[end] == UInt8(ascii: "[") { return nil }
            end += 1
        }
        guard end > labelStart, end + 1 < line.endIndex, line[end + 1] == UInt8(ascii: ":") else {
            return nil
        }
        var content = end + 2
        while content < line.endIndex, line[content].isSpaceOrTab { content += 1 }
        return (String(decoding: line[labelStart..<end], as: UTF8.self), content - line.startIndex)
    }

    /// The line without four columns of indentation, or nil when it is indented less.
    private static func dedented(_ line: ArraySlice<UInt8>, line number: Int) -> SourceSpan? {
        var index = line.startIndex
        var width = 0
        while width < 4, index < line.endIndex {
            switch line[index] {
            case 0x20: width += 1
            case 0x09: width = 4
            default: return nil
            }
            index += 1
        }
        guard width >= 4 else { return nil }
        return SourceSpan(line[index...], line: number, column: index - line.startIndex + 1)
    }

    /// Whether a line (indented less than four columns) opens a block that ends a lazy
    /// paragraph: a heading, quote, fence, HTML, list item or thematic break.
    private static func startsBlock(_ line: ArraySlice<UInt8>) -> Bool {
        let text = line.trimmingSpaces()
        guard let first = text.first else { return true }
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "`"),
            UInt8(ascii: "~"), UInt8(ascii: "|"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "_"),
            UInt8(ascii: "="):
            return text.count == 1 || text[text.startIndex + 1].isSpaceOrTab
                || text.allSatisfy { $0 == first || $0.isSpaceOrTab }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let digits = text.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            let after = text.dropFirst(digits.count)
            return digits.count <= 9
                && (after.first == UInt8(ascii: ".") || after.first == UInt8(ascii: ")"))
        default:
            return false
        }
    }

    /// The body with an empty line wherever source lines were skipped (blank lines), so the
    /// blocks in it parse apart.
    private static func withBlankLines(_ body: [SourceSpan]) -> [SourceSpan] {
        var result: [SourceSpan] = []
        for span in body {
            if let previous = result.last, span.line > previous.line + 1 {
                result.append(SourceSpan(line: previous.line + 1))
            }
            result.append(span)
        }
        return result
    }
}

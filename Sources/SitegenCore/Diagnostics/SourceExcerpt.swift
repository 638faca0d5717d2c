/// The part of a source line a diagnostic shows: at most about 120 characters around the
/// column, with `…` where the line was cut, and the caret's byte column in that text.
///
/// Made when the diagnostic is, from the line's bytes, in time proportional to the excerpt
/// and not the line: 20,000 diagnostics on one 450 KB line must not copy the line each time.
public struct SourceExcerpt: Sendable, Hashable {
    /// The characters kept, at most ``limit`` of them plus a `…` at either cut end.
    public let text: String
    /// The 1-based byte column of the caret in ``text``, or nil when no column is known.
    public let caretColumn: Int?

    /// The number of characters of a line that an excerpt keeps.
    public static let limit = 120

    /// The excerpt of `line` around the 1-based byte `column` (the line's start when nil).
    public init(line: Substring, column: Int?) {
        let utf8 = line.utf8
        guard utf8.count > Self.limit else {
            text = String(line)
            caretColumn = column
            return
        }
        // The character the caret is on: the one holding byte `column`, or the end.
        let byteOffset = min(max((column ?? 1) - 1, 0), utf8.count)
        let target = utf8.index(utf8.startIndex, offsetBy: byteOffset)
        // Indices inside a character round down to its start (Swift 5.7's index rules).
        let caret =
            target == line.endIndex ? target : line.index(before: line.index(after: target))
        // Up to half the limit before the caret, the rest after, then fill back at the end.
        var start = caret
        var before = 0
        while before < Self.limit / 2, start > line.startIndex {
            start = line.index(before: start)
            before += 1
        }
        var end = caret
        var kept = before
        while kept < Self.limit, end < line.endIndex {
            end = line.index(after: end)
            kept += 1
        }
        while kept < Self.limit, start > line.startIndex {
            start = line.index(before: start)
            kept += 1
        }
        let head = start > line.startIndex ? "…" : ""
        let tail = end < line.endIndex ? "…" : ""
        text = head + line[start..<end] + tail
        let skipped = utf8.distance(from: utf8.startIndex, to: start)
        caretColumn = column.map { $0 - skipped + head.utf8.count }
    }
}

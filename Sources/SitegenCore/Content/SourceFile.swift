import Foundation

/// A text file of the site, read and decoded, with its path relative to the site root.
public struct SourceFile: Sendable, Hashable {
    /// The path relative to the site root, with `/` separators (for example `content/site.yaml`).
    public var path: String
    /// The file's text.
    public let text: String
    /// Where each line starts, built the first time a line is asked for (diagnostics are
    /// rare) and shared by copies, so 10,000 diagnostics in one file do not rescan it.
    private let lineIndex = LineIndex()

    /// Creates a source file from its site-relative path and its text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text of the 1-based `line`, without its line break; nil past the end.
    public func line(_ number: Int) -> String? {
        lineSlice(number).map(String.init)
    }

    /// The excerpt of the 1-based `line` a diagnostic at byte `column` shows; nil past the end.
    public func excerpt(line number: Int, column: Int?) -> SourceExcerpt? {
        lineSlice(number).map { SourceExcerpt(line: $0, column: column) }
    }

    /// The 1-based `line` as a slice of the text, without its line break.
    private func lineSlice(_ number: Int) -> Substring? {
        let lineStarts = lineIndex.starts(of: text)
        guard number >= 1, !text.isEmpty, number <= lineStarts.count else { return nil }
        let utf8 = text.utf8
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : utf8.count
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        if end > start, utf8[utf8.index(utf8.startIndex, offsetBy: end - 1)] == 0x0D { end -= 1 }
        let upper = utf8.index(utf8.startIndex, offsetBy: end)
        return Substring(utf8[lower..<upper])
    }

    /// Files are equal when their paths and texts are; the line index follows from the text.
    public static func == (lhs: SourceFile, rhs: SourceFile) -> Bool {
        lhs.path == rhs.path && lhs.text == rhs.text
    }

    /// Hashes the path and the text.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(text)
    }

    /// A diagnostic at a 1-based line and byte column of this file, with the source line.
    public func diagnostic(
        _ severity: Diagnostic.Severity, _ message: String, line: Int?, column: Int?
    ) -> Diagnostic {
        Diagnostic(
            severity, path: path, line: line, column: column, message: message,
            excerpt: line.flatMap { excerpt(line: $0, column: column) })
    }
}

/// The UTF-8 offsets where a text's lines start, made once, on first use.
///
/// `@unchecked Sendable`: its one stored value is only touched while holding `lock`.
private final class LineIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: [Int]?

    func starts(of text: String) -> [Int] {
        lock.withLock {
            if let cached { return cached }
            var starts = [0]
            var offset = 0
            for byte in text.utf8 {
                offset += 1
                if byte == 0x0A { starts.append(offset) }
            }
            cached = starts
            return starts
        }
    }
}

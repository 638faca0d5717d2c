/// A text file of the site, read and decoded, with its path relative to the site root.
public struct SourceFile: Sendable, Hashable {
    /// The path relative to the site root, with `/` separators (for example `content/site.yaml`).
    public var path: String
    /// The file's text.
    public var text: String

    /// Creates a source file from its site-relative path and its text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text of the 1-based `line`, without its line break; nil past the end.
    public func line(_ number: Int) -> String? {
        guard number >= 1, !text.isEmpty else { return nil }
        var current = 1
        var start = text.startIndex
        while current < number {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) ?? text.endIndex
        return String(text[start..<end])
    }

    /// A diagnostic at a 1-based line and byte column of this file, with the source line.
    public func diagnostic(
        _ severity: Diagnostic.Severity, _ message: String, line: Int?, column: Int?
    ) -> Diagnostic {
        Diagnostic(
            severity, path: path, line: line, column: column, message: message,
            sourceLine: line.flatMap { self.line($0) })
    }
}

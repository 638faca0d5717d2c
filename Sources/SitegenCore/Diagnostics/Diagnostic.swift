// SitegenCore is the content pipeline: site config, content and data loading, the page model,
// templates and output. Only this target touches the file system.

/// One problem found in a site's files, printable in the compiler format.
///
/// `path:line:col: error: message`, then the source line and a caret under the column.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning
        case error

        /// Warnings sort before errors.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// Whether the problem stops the build.
    public var severity: Severity
    /// The file, relative to the site root where possible (for example `content/site.yaml`).
    public var path: String
    /// 1-based line, or nil when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column in UTF-8 bytes, or nil when unknown.
    public var column: Int?
    /// Sentence case, user input in single quotes, no final period.
    public var message: String
    /// The text of the line the problem is on, for the caret display.
    public var sourceLine: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, path: String, line: Int? = nil, column: Int? = nil,
        message: String, sourceLine: String? = nil
    ) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
    }

    /// The compiler-format text, plain.
    public var description: String { rendered(colored: false) }

    /// The compiler-format text; `colored` adds ANSI colours for a terminal.
    public func rendered(colored: Bool) -> String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        let label = colored ? Self.colored(severity) : severity.rawValue
        var text = "\(location): \(label): \(message)"
        if let sourceLine, let column {
            let (excerpt, excerptColumn) = Self.excerpt(of: sourceLine, around: column)
            text += "\n" + excerpt + "\n" + Self.caretLine(under: excerpt, column: excerptColumn)
        } else if let sourceLine {
            text += "\n" + Self.excerpt(of: sourceLine, around: 1).text
        }
        return text
    }

    /// The order diagnostics are reported in: by path, then position, then message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line ?? 0, lhs.column ?? 0, lhs.message)
            < (rhs.path, rhs.line ?? 0, rhs.column ?? 0, rhs.message)
    }

    /// At most about 120 characters of `line` around the byte `column`, with `…` where it
    /// was cut, and the caret's byte column in the excerpt.
    static func excerpt(of line: String, around column: Int) -> (text: String, column: Int) {
        let limit = 120
        guard line.count > limit else { return (line, column) }
        var bytes = 0
        var index = 0
        for character in line {
            if bytes + character.utf8.count > column - 1 { break }
            bytes += character.utf8.count
            index += 1
        }
        let start = max(0, min(index - limit / 2, line.count - limit))
        let characters = Array(line)
        let kept = String(characters[start..<min(characters.count, start + limit)])
        let head = start > 0 ? "…" : ""
        let tail = start + limit < characters.count ? "…" : ""
        let skipped = String(characters[0..<start]).utf8.count
        return (head + kept + tail, column - skipped + head.utf8.count)
    }

    /// Spaces (tabs kept as tabs) up to the byte `column` of `line`, then a caret.
    static func caretLine(under line: String, column: Int) -> String {
        var padding = ""
        var bytes = 0
        for character in line {
            let width = character.utf8.count
            if bytes + width > column - 1 { break }
            bytes += width
            padding.append(character == "\t" ? "\t" : " ")
        }
        return padding + "^"
    }

    private static func colored(_ severity: Severity) -> String {
        switch severity {
        case .error: "\u{1B}[1;31merror\u{1B}[0m"
        case .warning: "\u{1B}[1;35mwarning\u{1B}[0m"
        }
    }
}

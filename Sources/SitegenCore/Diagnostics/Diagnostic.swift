// SitegenCore is the content pipeline: site config, content and data loading, the page model,
// templates and output. Only this target touches the file system.

/// One problem found in a site's files, printable in the compiler format.
///
/// `path:line:col: error: message`, then the source line and a caret under the column, then
/// a `note:` line for each note.
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
    /// The part of the line the problem is on that the caret display shows.
    public var sourceExcerpt: SourceExcerpt?
    /// Sentences that say what follows from the problem, each shown on a `note:` line.
    public var notes: [String] = []

    /// Creates a diagnostic; `sourceLine` is the text of the line the problem is on.
    public init(
        _ severity: Severity, path: String, line: Int? = nil, column: Int? = nil,
        message: String, sourceLine: String? = nil
    ) {
        self.init(
            severity, path: path, line: line, column: column, message: message,
            excerpt: sourceLine.map { SourceExcerpt(line: $0[...], column: column) })
    }

    /// Creates a diagnostic that shows `excerpt` of the line the problem is on.
    public init(
        _ severity: Severity, path: String, line: Int?, column: Int?, message: String,
        excerpt: SourceExcerpt?
    ) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.sourceExcerpt = excerpt
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
        if let sourceExcerpt {
            text += "\n" + sourceExcerpt.text
            if let caret = sourceExcerpt.caretColumn {
                text += "\n" + Self.caretLine(under: sourceExcerpt.text, column: caret)
            }
        }
        for note in notes {
            text += "\n" + (colored ? "\u{1B}[1;36mnote\u{1B}[0m" : "note") + ": " + note
        }
        return text
    }

    /// The order diagnostics are reported in: by path, then position, then message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line ?? 0, lhs.column ?? 0, lhs.message)
            < (rhs.path, rhs.line ?? 0, rhs.column ?? 0, rhs.message)
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

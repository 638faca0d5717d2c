/// The error a failed build or check throws: every diagnostic it found.
///
/// Its description lists the diagnostics in the compiler format, then a one-line summary.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// Everything found, errors and warnings, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// How many pages the site has, when it loaded far enough to say.
    public var pageCount: Int?

    /// Creates a failure from the diagnostics that caused it.
    public init(diagnostics: [Diagnostic], pageCount: Int? = nil) {
        self.diagnostics = diagnostics
        self.pageCount = pageCount
    }

    /// Creates a failure from one error that concerns a whole file or the build itself.
    public init(path: String, message: String) {
        self.diagnostics = [Diagnostic(.error, path: path, message: message)]
    }

    /// The plain diagnostics and summary.
    public var description: String { rendered(colored: false) }

    /// The diagnostics and the summary line; `colored` adds ANSI colours for a terminal.
    public func rendered(colored: Bool) -> String {
        let body = diagnostics.map { $0.rendered(colored: colored) }
        return (body + [summary]).joined(separator: "\n")
    }

    /// `Build failed: 2 errors, 1 warning`.
    public var summary: String { "Build failed: " + counts }

    /// `Checked 42 pages: 2 errors, 1 warning` (`Check failed: ...` when the site did not load
    /// far enough to count its pages).
    public var checkSummary: String {
        guard let pageCount else { return "Check failed: " + counts }
        return "Checked \(Self.count(pageCount, "page")): " + counts
    }

    /// `2 errors, 1 warning`.
    public var counts: String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        return "\(Self.count(errors, "error")), \(Self.count(warnings, "warning"))"
    }

    /// `1 page`, `2 pages`, `0 warnings`.
    public static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

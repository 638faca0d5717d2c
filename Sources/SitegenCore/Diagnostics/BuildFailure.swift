/// The error a failed build or check throws: every diagnostic it found.
///
/// Its description lists the diagnostics in the compiler format, then a one-line summary.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// Everything found, errors and warnings, sorted by file and position.
    public var diagnostics: [Diagnostic]

    /// Creates a failure from the diagnostics that caused it.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Creates a failure from one error that concerns a whole file or the build itself.
    public init(path: String, message: String) {
        self.diagnostics = [Diagnostic(.error, path: path, message: message)]
    }

    public var description: String { rendered(colored: false) }

    /// The diagnostics and the summary line; `colored` adds ANSI colours for a terminal.
    public func rendered(colored: Bool) -> String {
        let body = diagnostics.map { $0.rendered(colored: colored) }
        return (body + [summary]).joined(separator: "\n")
    }

    /// `Build failed: 2 errors, 1 warning`.
    public var summary: String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        return "Build failed: \(Self.count(errors, "error")), \(Self.count(warnings, "warning"))"
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

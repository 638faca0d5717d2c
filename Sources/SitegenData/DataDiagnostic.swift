public import SitegenSupport

/// A problem found in data: the file, the position, the severity and a message.
///
/// This is the one error type of SitegenData. Loaders and validators throw it or collect it;
/// its `description` is the compiler format `path:line:col: error: message`, which callers
/// can print as is and follow with the source line and a caret. Messages are sentence case,
/// quote user input in single quotes and end without a period.
public struct DataDiagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        /// Stops the build.
        case error
        /// Reported; stops the build only in strict mode.
        case warning
    }

    /// The site-relative path of the file, such as `content/data/deals.yaml`; empty when unknown.
    public var path: String
    /// Where in the file the problem is, when known.
    public var position: SourcePosition?
    /// Whether the problem is an error or a warning.
    public var severity: Severity
    /// The message, in sentence case with user input in single quotes and no final period.
    public var message: String

    /// Creates a diagnostic; the severity defaults to `error`.
    public init(
        path: String, position: SourcePosition?, severity: Severity = .error, message: String
    ) {
        self.path = path
        self.position = position
        self.severity = severity
        self.message = message
    }

    /// The 1-based line, when the position is known.
    public var line: Int? { position?.line }

    /// The 1-based column in UTF-8 bytes, when the position is known.
    public var column: Int? { position?.column }

    /// Whether this diagnostic is an error.
    public var isError: Bool { severity == .error }

    /// `path:line:col: error: message`, leaving out the parts that are unknown.
    public var description: String {
        var location = path
        if let position {
            location += location.isEmpty ? "\(position)" : ":\(position)"
        }
        let prefix = location.isEmpty ? "" : location + ": "
        return "\(prefix)\(severity.rawValue): \(message)"
    }

    /// This diagnostic placed in a file at a position, such as a figure lookup error placed at
    /// the code span that named the figure.
    public func located(path: String, position: SourcePosition?) -> DataDiagnostic {
        DataDiagnostic(path: path, position: position, severity: severity, message: message)
    }

    /// This diagnostic with another severity.
    public func with(severity: Severity) -> DataDiagnostic {
        DataDiagnostic(path: path, position: position, severity: severity, message: message)
    }

    /// Orders diagnostics by path, position, severity and message, for deterministic reports.
    public static func < (lhs: DataDiagnostic, rhs: DataDiagnostic) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        let left = lhs.position ?? SourcePosition(line: 0, column: 0)
        let right = rhs.position ?? SourcePosition(line: 0, column: 0)
        if left != right { return left < right }
        if lhs.severity != rhs.severity { return lhs.severity == .error }
        return lhs.message < rhs.message
    }
}

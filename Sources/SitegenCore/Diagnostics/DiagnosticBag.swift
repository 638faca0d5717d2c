/// Diagnostics collected while loading or building, in the order they were found.
public struct DiagnosticBag: Sendable, Hashable {
    /// Every diagnostic so far.
    public private(set) var all: [Diagnostic] = []

    /// Creates an empty bag.
    public init() {}

    /// Adds one diagnostic.
    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// Adds `note` to the first error about `path`, to say what follows from it.
    public mutating func addNote(toFirstErrorAbout path: String, _ note: String) {
        guard let index = all.firstIndex(where: { $0.path == path && $0.severity == .error })
        else { return }
        all[index].notes.append(note)
    }

    /// Adds several diagnostics.
    public mutating func append(contentsOf diagnostics: some Sequence<Diagnostic>) {
        all.append(contentsOf: diagnostics)
    }

    /// Adds an error.
    public mutating func error(
        _ message: String, path: String, line: Int? = nil, column: Int? = nil,
        sourceLine: String? = nil
    ) {
        all.append(
            Diagnostic(
                .error, path: path, line: line, column: column, message: message,
                sourceLine: sourceLine))
    }

    /// Adds a warning.
    public mutating func warning(
        _ message: String, path: String, line: Int? = nil, column: Int? = nil,
        sourceLine: String? = nil
    ) {
        all.append(
            Diagnostic(
                .warning, path: path, line: line, column: column, message: message,
                sourceLine: sourceLine))
    }

    /// The number of errors.
    public var errorCount: Int { all.count { $0.severity == .error } }
    /// The number of warnings.
    public var warningCount: Int { all.count { $0.severity == .warning } }
    /// Whether anything stops the build.
    public var hasErrors: Bool { errorCount > 0 }
}

import SitegenSupport

/// Diagnostics as the JSON array `--diagnostics json` prints, documented in
/// docs/diagnostics.md: one object per diagnostic, with its keys always in this order.
///
/// ```json
/// [
///   {"severity": "error", "file": "content/a.md", "line": 3, "column": 7,
///    "message": "Invalid date 'someday'; ...", "notes": []}
/// ]
/// ```
///
/// `line` and `column` are `null` when unknown; `column` counts UTF-8 bytes from 1.
public enum DiagnosticJSON {
    /// The array of `diagnostics`, one object per line, ending in a newline.
    public static func encode(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "[]\n" }
        let objects = diagnostics.map { diagnostic in
            let fields = [
                "\"severity\": " + Escape.json(diagnostic.severity.rawValue),
                "\"file\": " + Escape.json(diagnostic.path),
                "\"line\": " + (diagnostic.line.map(String.init) ?? "null"),
                "\"column\": " + (diagnostic.column.map(String.init) ?? "null"),
                "\"message\": " + Escape.json(diagnostic.message),
                "\"notes\": [" + diagnostic.notes.map(Escape.json).joined(separator: ", ") + "]",
            ]
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}

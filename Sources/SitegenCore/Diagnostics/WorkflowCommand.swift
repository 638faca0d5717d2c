/// Diagnostics as GitHub Actions workflow commands, which the runner turns into annotations
/// on a pull request's diff: `::error file=content/a.md,line=3,col=7,title=...::message`.
///
/// The format and its escaping follow GitHub's "Workflow commands" reference: in the message
/// `%`, CR and LF are percent-encoded; in property values `:` and `,` are as well.
public enum WorkflowCommand {
    /// The workflow command of `diagnostic`; `pathPrefix` turns its site-relative path into
    /// one relative to the repository root (`""` when the site root is the repository root,
    /// `"docs/report/"` when it is below it).
    public static func annotation(for diagnostic: Diagnostic, pathPrefix: String = "") -> String {
        var properties: [String] = []
        // A path such as `--base-url` names a command-line flag, not a file.
        if !diagnostic.path.hasPrefix("--") {
            let path =
                diagnostic.path.hasPrefix("/") ? diagnostic.path : pathPrefix + diagnostic.path
            properties.append("file=" + escapeProperty(path))
            if let line = diagnostic.line {
                properties.append("line=\(line)")
                if let column = diagnostic.column { properties.append("col=\(column)") }
            }
        }
        properties.append("title=" + escapeProperty(title(of: diagnostic)))
        let message = ([diagnostic.message] + diagnostic.notes.map { "note: " + $0 })
            .joined(separator: "\n")
        return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::"
            + escapeData(message)
    }

    /// A short title: the message's lead-in when it has one (`Broken link` for "Broken link:
    /// No page or file at ..."), otherwise `sitegen error` or `sitegen warning`.
    static func title(of diagnostic: Diagnostic) -> String {
        if let colon = diagnostic.message.firstRange(of: ": ") {
            let lead = diagnostic.message[..<colon.lowerBound]
            if lead.count <= 40, !lead.contains("'"), !lead.contains("\"") {
                return "sitegen: " + lead
            }
        }
        return "sitegen \(diagnostic.severity.rawValue)"
    }

    /// A message with `%`, CR and LF percent-encoded.
    static func escapeData(_ text: String) -> String {
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// A property value: as a message, and `:` and `,` percent-encoded too.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}

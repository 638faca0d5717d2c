import SitegenSupport
internal import Yams

/// Loads YAML text into a positioned `DataValue` tree.
///
/// Plain scalars follow the YAML 1.2 core schema: `null`, `~` and nothing are null, `true`
/// and `false` (any case style) are booleans, decimal numbers are numbers, and everything
/// else, `yes`, `no`, `0x1F` and `2026-04` included, is a string. Quoted scalars are always
/// strings. Duplicate keys are errors. Aliases copy their anchor's value (positions stay at
/// the anchor); merge keys (`<<`) are supported, and explicit keys win over merged ones.
public enum YAMLLoader {
    /// The largest number of values a document may expand to through aliases.
    public static let maximumValueCount = 1_000_000

    /// Parses one YAML document.
    ///
    /// - Parameters:
    ///   - text: The YAML text.
    ///   - path: The site-relative path used in diagnostics.
    ///   - lineOffset: Lines before `text` in its file, added to every line number, so that a
    ///     front-matter block or a fenced block reports document lines.
    /// - Returns: The root value; an empty document (nothing but blanks and comments) is a
    ///   null value at line 1, column 1.
    public static func load(_ text: String, path: String, lineOffset: Int = 0)
        throws(DataDiagnostic) -> DataValue
    {
        let text = UTF8Text.droppingByteOrderMark(text)
        let lines = LineIndex(text, yamlBreaks: true)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, Resolver.basic, .default, .utf8)
        } catch let error as YamlError {
            throw YAMLErrorMapper(lines: lines, text: text, path: path, lineOffset: lineOffset)
                .diagnostic(for: error)
        } catch {
            throw DataDiagnostic(
                path: path, position: SourcePosition.start.addingLines(lineOffset),
                message: "Invalid YAML: \(error)")
        }
        guard let root else {
            return DataValue(.null, at: SourcePosition.start.addingLines(lineOffset))
        }
        var converter = YAMLConverter(lines: lines, path: path, lineOffset: lineOffset)
        return try converter.convert(root)
    }
}

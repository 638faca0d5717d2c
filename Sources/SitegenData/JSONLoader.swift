/// Loads JSON text (RFC 8259) into a positioned `DataValue` tree.
///
/// Object members keep their file order; a key used twice in one object is an error.
/// Numbers are exact decimals that keep their text. Nesting deeper than 512 levels is an error.
public enum JSONLoader {
    /// Parses one JSON value.
    ///
    /// - Parameters:
    ///   - text: The JSON text.
    ///   - path: The site-relative path used in diagnostics.
    ///   - lineOffset: Lines before `text` in its file, added to every line number.
    public static func load(_ text: String, path: String, lineOffset: Int = 0)
        throws(DataDiagnostic) -> DataValue
    {
        var parser = JSONParser(text: UTF8Text.droppingByteOrderMark(text), path: path)
        do {
            return try parser.parseDocument()
        } catch {
            throw error.located(
                path: error.path, position: error.position.map { $0.addingLines(lineOffset) })
        }
    }
}

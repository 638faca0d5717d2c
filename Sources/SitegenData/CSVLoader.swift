import SitegenSupport

/// Loads CSV text (RFC 4180) with a header row into a list of positioned records.
///
/// Fields are separated by commas and records by CRLF, LF or CR. A field in double quotes may
/// hold commas, line breaks and doubled quotes (`""` for `"`). Spaces and tabs around an
/// unquoted field are trimmed; blank lines are skipped. The first record is the header: its
/// names must be non-empty and unique, and every row must have as many fields as it.
///
/// Each row becomes a map from column name to cell, in header order. An empty unquoted cell
/// is null, an unquoted cell written as a decimal number (`2024`, `-1.5`) is a number that
/// keeps its text, and every other cell, quoted cells included, is a string.
public enum CSVLoader {
    /// Parses CSV text into a list of maps.
    ///
    /// - Parameters:
    ///   - text: The CSV text.
    ///   - path: The site-relative path used in diagnostics.
    ///   - lineOffset: Lines before `text` in its file, added to every line number.
    ///   - columnOffset: Bytes before every line of `text` (the indentation of a YAML block
    ///     scalar), added to every column.
    public static func load(
        _ text: String, path: String, lineOffset: Int = 0, columnOffset: Int = 0
    ) throws(DataDiagnostic) -> DataValue {
        var parser = CSVParser(text: UTF8Text.droppingByteOrderMark(text), path: path)
        let records: [[CSVParser.Field]]
        do {
            records = try parser.parseRecords()
        } catch {
            throw shifted(error, lineOffset: lineOffset, columnOffset: columnOffset)
        }
        let shift = { (position: SourcePosition) in
            SourcePosition(line: position.line + lineOffset, column: position.column + columnOffset)
        }
        guard let header = records.first else {
            return DataValue(.list([]), at: shift(.start))
        }
        var seen: [String: Int] = [:]
        for (index, field) in header.enumerated() {
            let name = field.text
            if name.isEmpty {
                throw DataDiagnostic(
                    path: path, position: shift(field.position),
                    message: "Column \(index + 1) of the header has no name")
            }
            if let first = seen[name] {
                throw DataDiagnostic(
                    path: path, position: shift(field.position),
                    message: "Duplicate column '\(name)'; it is already column \(first)")
            }
            seen[name] = index + 1
        }
        var rows: [DataValue] = []
        for record in records.dropFirst() {
            let start = shift(record.first?.position ?? .start)
            guard record.count == header.count else {
                throw DataDiagnostic(
                    path: path, position: start,
                    message:
                        "Expected \(header.count) fields as in the header, found \(record.count)")
            }
            let entries = zip(header, record).map { column, field in
                DataValue.Entry(
                    key: column.text, keyPosition: shift(column.position),
                    value: DataValue(cellKind(field), at: shift(field.position)))
            }
            rows.append(DataValue(.map(entries), at: start))
        }
        return DataValue(.list(rows), at: shift(header.first?.position ?? .start))
    }

    private static func cellKind(_ field: CSVParser.Field) -> DataValue.Kind {
        if field.quoted { return .string(field.text) }
        if field.text.isEmpty { return .null }
        let parsed = DecimalText.parse(
            Substring(field.text), allowsBareFraction: false, allowsPlus: false)
        if case .value(let number) = parsed { return .number(number, text: field.text) }
        return .string(field.text)
    }

    private static func shifted(_ error: DataDiagnostic, lineOffset: Int, columnOffset: Int)
        -> DataDiagnostic
    {
        error.located(
            path: error.path,
            position: error.position.map {
                SourcePosition(line: $0.line + lineOffset, column: $0.column + columnOffset)
            })
    }
}

import SitegenData
import SitegenSupport

/// Every dataset as JSON and CSV downloads (`data/<name>.json`, `data/<name>.csv`), with the
/// computed columns, numbers as machine values and text as written.
///
/// Exact numbers are plain decimals; a qualified amount is its bounds as `lower..upper`
/// (`25000000000..` is "at least", `..25000000000` is "up to"), the same as the `value` of
/// the figure's `<data>` element. Dates keep their precision.
enum DataDownloads {
    /// The dataset names that get downloads, sorted.
    static func names(of site: Site) -> [String] {
        site.catalog.dataSet.datasets.map(\.name).sorted()
    }

    static func files(for site: Site) -> [OutputFile] {
        names(of: site).flatMap { name -> [OutputFile] in
            guard let table = site.catalog.table(named: name) else { return [] }
            return [
                OutputFile(
                    path: Route.download(dataset: name, format: "json").outputPath,
                    text: json(table)),
                OutputFile(
                    path: Route.download(dataset: name, format: "csv").outputPath,
                    text: csv(table)),
            ]
        }
    }

    static func json(_ table: DataTable) -> String {
        var lines: [String] = []
        for row in table.rows {
            let fields = zip(table.columns, row).map { column, cell in
                "\(Escape.json(column.field)): \(jsonValue(cell))"
            }
            lines.append("  {" + fields.joined(separator: ", ") + "}")
        }
        return "[\n" + lines.joined(separator: ",\n") + (lines.isEmpty ? "]\n" : "\n]\n")
    }

    static func csv(_ table: DataTable) -> String {
        var text =
            table.columns.map { csvField(inert($0.field)) }.joined(separator: ",") + "\r\n"
        for row in table.rows {
            text +=
                row.map { cell in
                    if case .text(let text) = cell { return csvField(inert(text)) }
                    return csvField(cellText(cell))
                }.joined(separator: ",") + "\r\n"
        }
        return text
    }

    private static func cellText(_ cell: DataCell) -> String {
        switch cell {
        case .text(let text): return text
        case .missing: return ""
        default: return cell.machineValue ?? cell.formatted()
        }
    }

    private static func jsonValue(_ cell: DataCell) -> String {
        switch cell {
        case .missing: return "null"
        case .text(let text): return Escape.json(text)
        case .year(let year): return String(year)
        default:
            let text = cellText(cell)
            let isNumber =
                !text.isEmpty
                && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }
                && !text.contains("..") && text.first != "." && text.last != "."
            if case .date = cell { return Escape.json(text) }
            return isNumber ? text : Escape.json(text)
        }
    }

    /// `text` made safe to open in a spreadsheet (OWASP's rule for CSV injection): a text
    /// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a number,
    /// gets a leading `'`, so no spreadsheet takes it for a formula.
    static func inert(_ text: String) -> String {
        guard let first = text.utf8.first,
            [
                UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09,
                0x0D,
            ]
            .contains(first)
        else { return text }
        return isNumber(text) ? text : "'" + text
    }

    /// Whether `text` is a decimal number: an optional sign, digits, and optional decimals.
    private static func isNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
    }

    private static func csvField(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
        else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

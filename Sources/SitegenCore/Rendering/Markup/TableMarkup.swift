import SitegenData
import SitegenSupport

/// Writes a `DataTable` as an accessible HTML table: caption, column headers with scope,
/// numbers right-aligned as `<data>` elements with their machine values.
///
/// The table sits in a box of its own that scrolls sideways when the table is wider than the
/// page (the page itself never does); the box is a named region in the tab order, so a
/// keyboard can reach and scroll it, as WCAG's "scrollable region" rule asks.
struct TableMarkup {
    /// Turns a row into the route its first text column links to, if any.
    var rowLink: ((_ table: DataTable, _ row: [DataCell]) -> Route?)?
    /// The prefix from the page to the site root, for row links.
    var rootPrefix: String = "./"

    func html(_ table: DataTable) -> String {
        let name = table.caption.flatMap { $0.isEmpty ? nil : $0 } ?? "Table"
        var html =
            "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"\(Escape.markup(name))\">\n<table>\n"
        if let caption = table.caption, !caption.isEmpty {
            html += "<caption>\(Escape.markup(caption))</caption>\n"
        }
        html += "<thead><tr>"
        for column in table.columns {
            let numeric = column.alignment == .right
            html +=
                "<th scope=\"col\"\(numeric ? " class=\"num\"" : "")>\(Escape.markup(column.title))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        let linkColumn = table.columns.firstIndex { $0.field == "name" }
        for row in table.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let numeric =
                    index < table.columns.count && table.columns[index].alignment == .right
                var content = Escape.markup(cell.formatted())
                if let value = cell.machineValue, !cell.isMissing {
                    content = "<data value=\"\(Escape.markup(value))\">\(content)</data>"
                }
                if index == linkColumn, let route = rowLink?(table, row) {
                    let href = rootPrefix + route.sitePath
                    content = "<a href=\"\(Escape.markup(href))\">\(content)</a>"
                }
                if cell.isMissing {
                    content =
                        "<span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">no value</span>"
                }
                html += numeric ? "<td class=\"num\">\(content)</td>" : "<td>\(content)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n"
    }
}

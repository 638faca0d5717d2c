import SitegenSupport

/// The data table that follows every chart: the canonical text alternative (CHARTS.md 4.4).
struct DataTable {
    /// One cell.
    struct Cell {
        /// The visible text.
        var text: String
        /// The exact machine value for a `<data value>` wrapper.
        var machineValue: String?
        /// Whether this is the row header.
        var isRowHeader = false
        /// Whether the cell is numeric (right-aligned).
        var numeric = false
    }

    /// The caption (the chart title).
    var caption: String
    /// Column headers with units.
    var headers: [String]
    /// Rows.
    var rows: [[Cell]]

    /// A numeric cell from a chart number (`not recorded` for nil).
    static func number(_ number: ChartNumber?) -> Cell {
        guard let number else { return Cell(text: "not recorded", numeric: true) }
        return Cell(
            text: ValueText.text(number, style: .precise),
            machineValue: QuantityText.machineValue(ValueText.amount(number)), numeric: true)
    }

    /// The `<details>` element.
    func node() -> SVGNode {
        let head = SVGNode(
            "thead",
            children: [
                SVGNode(
                    "tr", children: headers.map { SVGNode("th", [("scope", "col")], text: $0) },
                    inline: true)
            ])
        let body = SVGNode(
            "tbody",
            children: rows.map { row in
                SVGNode(
                    "tr",
                    children: row.map { cell in
                        let content: [SVGNode] =
                            cell.machineValue.map {
                                [SVGNode("data", [("value", $0)], text: cell.text)]
                            } ?? []
                        let attrs: [(name: String, value: String)] =
                            cell.isRowHeader
                            ? [("scope", "row")] : (cell.numeric ? [("class", "sg-num")] : [])
                        return SVGNode(
                            cell.isRowHeader ? "th" : "td", attrs,
                            text: cell.machineValue == nil ? cell.text : nil, children: content,
                            inline: true)
                    }, inline: true)
            })
        let table = SVGNode(
            "table", [("class", "sg-table")],
            children: [
                SVGNode("caption", text: caption), head, body,
            ])
        // Site search leaves the table out (`data-search-ignore`): its words are the chart's,
        // and a snippet of table cells reads badly.
        return SVGNode(
            "details", [("class", "sg-data"), ("data-search-ignore", "")],
            children: [
                SVGNode("summary", text: "Data table"), table,
            ])
    }
}

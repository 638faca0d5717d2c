/// Label groups, baselines and derived-mark outlines shared by several layouts.
extension Draw {
    /// The attributes that outline a derived mark: a faint fill and a solid stroke in `color`.
    static func outline(_ color: String) -> [(name: String, value: String)] {
        [("fill-opacity", "0.25"), ("stroke", color), ("stroke-width", "1")]
    }

    /// A wrapped category label; a truncated label carries its full text as a `<title>`.
    static func wrappedLabel(
        _ wrapped: (lines: [String], truncated: Bool), fullText: String, x: Double, y: Double,
        lineHeight: Double
    ) -> SVGNode {
        var node = lines(wrapped.lines, x: x, y: y, lineHeight: lineHeight)
        if wrapped.truncated {
            node.children.insert(SVGNode("title", text: fullText), at: 0)
        }
        return node
    }

    /// Where a horizontal bar chart's category labels go, and their lines.
    ///
    /// Labels sit in a column beside the bars (up to 40 % of the width) in at most two lines;
    /// narrow charts, and labels that need more, go on their own lines above the bars, as
    /// many as they need. No label is cut.
    static func categoryLayout(
        _ labels: [String], widths: [Double], width: Double, narrow: Bool, fontSize: Double
    ) -> (wrapped: [(lines: [String], truncated: Bool)], labelsAbove: Bool, labelCol: Double) {
        let column = min(width * 0.40, widths.max() ?? 0)
        let inColumn = labels.map {
            TextMeasure.wrap($0, maxWidth: column, fontSize: fontSize, maxLines: 2)
        }
        guard narrow || inColumn.contains(where: { $0.truncated }) else {
            return (inColumn, false, column)
        }
        let above = labels.map {
            TextMeasure.wrap($0, maxWidth: width - 8, fontSize: fontSize, maxLines: .max)
        }
        return (above, true, 0)
    }

    /// The category labels of a horizontal bar chart: right-aligned beside the bars, or
    /// left-aligned above them.
    static func categoryLabels(_ children: [SVGNode], labelsAbove: Bool) -> SVGNode {
        group(
            "sg-labels sg-labels-y",
            [("text-anchor", labelsAbove ? "start" : "end"), ("font-size", "13")], children)
    }

    /// A group of bold, tabular value labels; `leading` attributes come before the font ones.
    static func numberLabels(
        _ cls: String, leading: [(name: String, value: String)] = [], _ children: [SVGNode]
    ) -> SVGNode {
        group(
            cls,
            leading + [
                ("font-size", "13"), ("font-weight", "600"),
                ("style", "font-variant-numeric:tabular-nums"),
            ], children)
    }

    /// The zero line of a value axis.
    static func baseline(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> SVGNode {
        line(
            x1, y1, x2, y2,
            [
                ("class", "sg-baseline"), ("stroke", "currentColor"),
                ("shape-rendering", "crispEdges"),
            ])
    }
}

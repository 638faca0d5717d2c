/// What every chart type provides to the renderer.
protocol ChartLayout {
    /// Whether nothing can be plotted (every value missing).
    var isEmpty: Bool { get }
    /// The SVG `<title>` text: chart type, subject and unit.
    var svgTitle: String { get }
    /// The SVG `<desc>` text: count, takeaway and extremes in words.
    var desc: String { get }
    /// Whether a narrow variant is drawn.
    var hasNarrowVariant: Bool { get }
    /// Extra caption notes (caveats) shown after the source.
    var notes: [String] { get }
    /// The data table.
    func table(caption: String) -> DataTable
    /// The SVG for a design width; `narrow` selects the phone layout.
    func svg(id: String, width: Double, narrow: Bool) -> SVGNode
    /// The SVG and the key to the labels it shows as numbers.
    func drawing(id: String, width: Double, narrow: Bool) -> ChartDrawing
}

extension ChartLayout {
    var hasNarrowVariant: Bool { true }
    var notes: [String] { [] }

    /// The SVG alone: layouts that label every mark in words have no key.
    func drawing(id: String, width: Double, narrow: Bool) -> ChartDrawing {
        ChartDrawing(svg: svg(id: id, width: width, narrow: narrow))
    }
}

/// A drawn chart: its SVG, and the key to labels shown as numbers where the words did not
/// fit, which the figure shows beside that SVG.
struct ChartDrawing {
    var svg: SVGNode
    /// Each numbered mark's number and its label in words, in number order.
    var key: [(number: Int, label: String)] = []

    /// The visible key, an `<ol>` shown and hidden with the SVG it belongs to (its `sg-wide`
    /// or `sg-narrow` class); nil when no label is a number.
    func keyNode(narrow: Bool) -> SVGNode? {
        guard !key.isEmpty else { return nil }
        return SVGNode(
            "ol", [("class", "sg-key " + (narrow ? "sg-narrow" : "sg-wide"))],
            children: key.map { entry in
                SVGNode("li", [("value", String(entry.number))], text: entry.label)
            })
    }
}

/// The "No data" chart: title, a desc saying so, and a visible note; no axes.
func emptyChartSVG(type: ChartType, id: String, width: Double, narrow: Bool, title: String)
    -> SVGNode
{
    var canvas = ChartCanvas(
        id: id, type: type, narrow: narrow, width: width, height: 60, title: title,
        desc: "No data available")
    canvas.labels = [
        Draw.group(
            "sg-labels sg-empty", [("text-anchor", "middle")],
            [
                Draw.text("No data", x: width / 2, y: 34, [("fill-opacity", "0.7")])
            ])
    ]
    return canvas.node()
}

/// The layout for a spec, validating the spec's fields against the table.
func makeLayout(spec: ChartSpec, table: ChartTable) throws(ChartSpecError) -> any ChartLayout {
    let reader = FieldReader(table: table)
    switch spec.layout {
    case .bar(let bar): return try BarLayout(spec: spec, bar: bar, reader: reader)
    case .groupedBar(let series):
        return try SeriesBarLayout(spec: spec, series: series, stacked: false, reader: reader)
    case .stackedBar(let series):
        return try SeriesBarLayout(spec: spec, series: series, stacked: true, reader: reader)
    case .line(let line): return try LineLayout(spec: spec, line: line, area: false, reader: reader)
    case .area(let line): return try LineLayout(spec: spec, line: line, area: true, reader: reader)
    case .timeline(let timeline):
        return try TimelineLayout(spec: spec, timeline: timeline, reader: reader)
    case .scatter(let scatter):
        return try ScatterLayout(spec: spec, scatter: scatter, reader: reader)
    case .waterfall(let waterfall):
        return try WaterfallLayout(spec: spec, waterfall: waterfall, reader: reader)
    }
}
